package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * Where the tensors live: the CPU, a CUDA GPU, Apple silicon's GPU (libtorch's MPS backend, asked
 * for by name: not yet verified on a Mac, so {@code auto} does not take it), or a CUDA GPU when
 * there is one.
 */
public enum DeviceChoice {
  CPU,
  GPU,
  MPS,
  AUTO;

  /** Memory available to tensors on a device: the GPU's own, or the machine's for the CPU. */
  public static long memoryOf(Device device) {
    if (device.isGpu()) {
      return ai.djl.util.cuda.CudaUtils.getGpuMemory(device).getMax();
    }
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
  }

  private static boolean appleSilicon() {
    return System.getProperty("os.name").startsWith("Mac")
        && System.getProperty("os.arch").equals("aarch64");
  }

  public Device resolve() {
    boolean gpu = Engine.getInstance().getGpuCount() > 0;
    return switch (this) {
      case CPU -> Device.cpu();
      case AUTO -> gpu ? Device.gpu() : Device.cpu();
      case MPS -> {
        if (!appleSilicon()) {
          throw new UserError(
              "--device mps: Apple silicon's GPU, and this machine is "
                  + System.getProperty("os.name")
                  + " on "
                  + System.getProperty("os.arch")
                  + "; use --device cpu, gpu or auto");
        }
        yield Device.of("mps", -1);
      }
      case GPU -> {
        if (!gpu) {
          throw new UserError(
              "--device gpu: no CUDA GPU is visible to libtorch; use --device cpu or auto"
                  + " (see README, 'CUDA')");
        }
        yield Device.gpu();
      }
    };
  }
}
