package art.equilibria.render.segment;

import ai.djl.Device;
import art.equilibria.cluster.Slot;
import art.equilibria.cluster.Task;
import art.equilibria.image.ToneMap;
import art.equilibria.piece.RenderSpec;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderJob;
import art.equilibria.render.RenderListener;
import art.equilibria.render.video.VideoEncoder;
import art.equilibria.render.video.VideoFormat;
import art.equilibria.run.AtomicFiles;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders one segment of a video into the staging folder, from the run folder alone: the same
 * checkpoint, render settings, keyframes and tone maps as every other segment, so that joined they
 * are the video a single render makes. A segment is named as finished only when all its frames are
 * written; an interrupted one stays a partial file that is never joined.
 *
 * @param run the run folder, a path every worker sees
 * @param checkpoint the step of the checkpoint all segments use
 * @param overrides render fields laid over the piece's, as the command line gave them
 * @param keyframes latents passed through instead of seeds, or null
 * @param tones the whole video's tone maps, by generator
 * @param deviceType where the generators run ({@code cpu}, {@code gpu}): a GPU task on the GPU its
 *     slot was given
 * @param staging the folder the segment files go to
 * @param ranges every segment's frames, by index
 */
public record SegmentTask(
    String run,
    String checkpoint,
    Map<String, Object> overrides,
    Keyframes keyframes,
    Map<String, ToneMap> tones,
    String deviceType,
    int deviceId,
    String staging,
    List<Segments.Range> ranges)
    implements Task<RenderJob.Outcome> {

  @Override
  public RenderJob.Outcome run(int index, Slot slot) throws Exception {
    Device device =
        slot.gpu().isPresent() && deviceType.equals(Device.Type.GPU)
            ? Device.gpu(slot.gpu().getAsInt())
            : Device.of(deviceType, deviceId);
    try (TrainedRun trained =
        TrainedRun.open(Path.of(run), checkpoint, device, overrides, w -> {})) {
      RenderSpec spec = trained.piece().render();
      VideoFormat format = VideoFormat.named(spec.format());
      FrameRenderer frames =
          new FrameRenderer(trained.ensemble(), trained.growth(), spec, keyframes, tones);
      Segments.Range range = ranges.get(index);
      Path partial = partial(Path.of(staging), index, format);
      VideoEncoder sink =
          VideoEncoder.open(
              partial, format, frames.width(), frames.height(), spec.fps(), spec.crf());
      RenderJob.Outcome outcome =
          new RenderJob(frames, sink, RenderListener.NONE, range.first(), range.count())
              .run(o -> {});
      if (outcome.completed()) {
        AtomicFiles.replace(partial, finished(Path.of(staging), index, format));
      }
      return outcome;
    }
  }

  /** The file segment {@code index} is written to. */
  static Path partial(Path staging, int index, VideoFormat format) {
    return staging.resolve(String.format("%04d.partial.%s", index, format.extension()));
  }

  /** The file of segment {@code index} once all its frames are written. */
  static Path finished(Path staging, int index, VideoFormat format) {
    return staging.resolve(String.format("%04d.%s", index, format.extension()));
  }
}
