package art.equilibria.cli;

import art.equilibria.render.RenderJob;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria make PIECE}: train, then render. */
@Command(
    name = "make",
    mixinStandardHelpOptions = true,
    description = "Make a piece end to end: train its ensemble, then render its video.")
final class MakeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(paramLabel = "PIECE", description = "The piece file, e.g. pieces/demo.yaml.")
  Path pieceFile;

  @Option(names = "--steps", paramLabel = "N", description = "Train N steps instead.")
  Long steps;

  @Option(names = "--seed", paramLabel = "S", description = "Override the piece's seed.")
  Long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "renders",
      description = "Folder for runs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--device",
      defaultValue = "auto",
      description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
  DeviceChoice device;

  @Override
  public Integer call() throws Exception {
    TrainCommand.Trained trained = TrainCommand.train(pieceFile, steps, seed, out, device);
    if (!trained.finished()) {
      return TrainCommand.STOPPED;
    }
    RenderJob.Outcome outcome =
        RenderCommand.render(trained.run().dir(), "latest", render.overrides(), null, device);
    return outcome.completed() ? 0 : 130;
  }
}
