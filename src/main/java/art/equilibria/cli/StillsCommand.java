package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import art.equilibria.image.Images;
import art.equilibria.measure.Diversity;
import art.equilibria.piece.Seeds;
import art.equilibria.render.ContactSheet;
import art.equilibria.render.FrameRenderer;
import art.equilibria.run.AtomicFiles;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria stills RUN}: stills by seed or by time, and a contact sheet by seed. */
@Command(
    name = "stills",
    mixinStandardHelpOptions = true,
    description = {
      "Write stills and a contact sheet of candidate keyframes labelled by seed, and beside it"
          + " diversity.json: how many different pictures the stills are (Vendi score) and how"
          + " far apart (pure diversity).",
      "Pick keyframes by eye, then pass them to render with --seeds."
    })
final class StillsCommand implements Callable<Integer> {
  /** Beside the contact sheet: how different the stills made are, as {@code measure} counts. */
  static final String DIVERSITY = "diversity.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(paramLabel = "RUN", description = "The run folder.")
  Path runDir;

  @Option(names = "--checkpoint", defaultValue = "latest", paramLabel = "STEP|latest")
  String checkpoint;

  @Option(
      names = "--count",
      defaultValue = "24",
      description = "Candidate seeds 0..N-1 on the contact sheet (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--times",
      split = ",",
      paramLabel = "T",
      description = "Also write the video's frames at these times in [0, 1], e.g. 0,0.25,0.5.")
  List<Double> times = List.of();

  @Option(names = "--out", paramLabel = "DIR", description = "Folder (default: RUN/stills).")
  Path out;

  @Mixin DeviceOption device;

  @Override
  public Integer call() throws Exception {
    if (count < 1 || count > 1000) {
      throw new UserError("--count " + count + ": use 1 to 1000 candidate seeds");
    }
    videoOnly("--format", render.format);
    videoOnly("--crf", render.crf);
    videoOnly("--fps", render.fps);
    for (double t : times) {
      // Written so that NaN, which every comparison rejects, is refused too.
      if (!(t >= 0 && t <= 1)) {
        throw new UserError("--times " + t + ": times are numbers from 0 to 1, e.g. 0,0.25,0.5");
      }
    }
    // Stills of any seeds, one included: only the video's path needs two keyframes.
    List<Long> chosen = null;
    Map<String, Object> overrides = render.overrides();
    if (render.seeds != null) {
      try {
        chosen = Seeds.of(render.seeds);
      } catch (IllegalArgumentException e) {
        throw new UserError("--seeds: " + e.getMessage());
      }
      if (chosen.size() < 2) {
        overrides.remove("seeds");
      }
    }
    Device d = device.choice.resolve();
    try (TrainedRun run = RenderCommand.open(runDir, checkpoint, d, overrides)) {
      Path dir = out != null ? out : run.folder().dir().resolve("stills");
      FrameRenderer frames = new FrameRenderer(run.ensemble(), run.growth(), run.piece().render());
      List<Long> seeds = chosen != null ? chosen : LongStream.range(0, count).boxed().toList();
      List<BufferedImage> stills = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      String source = render.keyframeSource();
      if (source != null) {
        Keyframes keyframes = RenderCommand.keyframes(run, source);
        seeds = List.of();
        for (int i = 0; i < keyframes.latents().size(); i++) {
          BufferedImage still = frames.still(keyframes.latents().get(i));
          Images.writePng(still, dir.resolve(String.format("keyframe-%03d.png", i)));
          stills.add(still);
          labels.add("keyframe " + i);
        }
        System.err.println("keyframes: " + keyframes.source());
      }
      for (long seed : seeds) {
        BufferedImage still = frames.still(seed);
        Images.writePng(still, dir.resolve(String.format("seed-%06d.png", seed)));
        stills.add(still);
        labels.add("seed " + seed);
      }
      int columns = (int) Math.ceil(Math.sqrt(stills.size()));
      Images.writePng(ContactSheet.of(stills, labels, columns), dir.resolve("contact-sheet.png"));
      for (double t : times) {
        long frame = Math.min(frames.frames() - 1, Math.round(t * frames.frames()));
        Images.writePng(
            frames.render(frame, 1).get(0), dir.resolve(String.format("t-%.4f.png", t)));
      }
      System.err.printf(
          "wrote %d stills, %d frames and contact-sheet.png to %s%n",
          stills.size(), times.size(), dir);
      Diversity diversity;
      try (NDManager manager = NDManager.newBaseManager()) {
        diversity = Diversity.ofPixels(Images.levels(stills, manager));
      }
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("stills", stills.size());
      record.put("diversity", diversity);
      AtomicFiles.write(dir.resolve(DIVERSITY), JSON.writeValueAsBytes(record));
      System.err.printf(
          "  the stills hold %.1f different pictures of %d (Vendi score), pure diversity %.3g;"
              + " in %s%n",
          diversity.pixels(), stills.size(), diversity.purePixels(), DIVERSITY);
    }
    return 0;
  }

  /** An option that shapes only an encoded video would be silently ignored here. */
  private static void videoOnly(String option, String value) throws UserError {
    if (value != null) {
      throw new UserError(option + ": stills writes PNG pictures; it applies to videos only");
    }
  }
}
