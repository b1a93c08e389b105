package art.equilibria.cli;

import art.equilibria.render.RenderJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code equilibria make PIECE}: train, then render. */
@Command(
    name = "make",
    mixinStandardHelpOptions = true,
    description = "Make a piece end to end: train its ensemble, then render its video.")
final class MakeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Mixin TrainingSource source;

  @Mixin TrainingOptions training;

  @Mixin DeviceOption device;

  @Override
  public Integer call() throws Exception {
    if (render.keyframeSource() != null) {
      throw new UserError(
          "--keyframes "
              + render.keyframeSource()
              + ": a run has no searches or paths before it is trained; make it, search it, then"
              + " render it with these keyframes");
    }
    // The render's options are checked with a new piece, before any training.
    TrainCommand.Trained trained = source.train(training, render.overrides(), device.choice);
    if (!trained.finished()) {
      return TrainCommand.STOPPED;
    }
    RenderJob.Outcome outcome =
        RenderCommand.render(
            trained.run().dir(), "latest", render.overrides(), null, null, device.choice);
    return outcome.completed() ? 0 : 130;
  }
}
