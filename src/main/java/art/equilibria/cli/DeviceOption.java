package art.equilibria.cli;

import picocli.CommandLine.Option;

/** {@code --device}, for every command that runs the networks. */
final class DeviceOption {
  @Option(
      names = "--device",
      defaultValue = "auto",
      description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
  DeviceChoice choice;
}
