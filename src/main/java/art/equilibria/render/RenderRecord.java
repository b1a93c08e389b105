package art.equilibria.render;

import art.equilibria.image.ToneMap;
import art.equilibria.piece.RenderSpec;
import art.equilibria.run.AtomicFiles;
import art.equilibria.run.RunInfo;
import art.equilibria.sampling.Keyframes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to render a video again exactly, written as JSON beside it: the run and
 * checkpoint, the seed, every render setting, each generator's tone map (how its values became
 * pixels), and the versions of the software that made it.
 */
public record RenderRecord(
    String run,
    String checkpoint,
    long checkpointStep,
    long seed,
    int resolution,
    RenderSpec render,
    Keyframes keyframes,
    Map<String, ToneMap> tones,
    int width,
    int height,
    long frames,
    long framesWritten,
    boolean completed,
    String device,
    String started,
    double seconds,
    Map<String, String> versions) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** The sidecar of a video: {@code work.mp4} has {@code work.json}. */
  public static Path beside(Path video) {
    String name = video.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsBytes(this));
  }

  public static RenderRecord read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), RenderRecord.class);
  }

  /** Versions of the project and of the libraries that shape the pixels. */
  public static Map<String, String> currentVersions() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("equilibria", RunInfo.projectVersion());
    v.put("djl", ai.djl.engine.Engine.getDjlVersion());
    v.put("libtorch", ai.djl.engine.Engine.getInstance().getVersion());
    String javacv =
        org.bytedeco.javacv.FFmpegFrameRecorder.class.getPackage().getImplementationVersion();
    v.put("javacv", javacv == null ? "unknown" : javacv);
    v.put("java", System.getProperty("java.version"));
    return v;
  }
}
