package art.equilibria.cli;

import picocli.CommandLine.Option;

/** {@code --device}, for every command that runs the networks. */
final class DeviceOption {
  @Option(
      names = "--device",
      defaultValue = "auto",
      description =
          "cpu, gpu (CUDA), mps (Apple silicon; not yet verified) or auto, a CUDA GPU when there"
              + " is one (default: ${DEFAULT-VALUE}).")
  DeviceChoice choice;
}
