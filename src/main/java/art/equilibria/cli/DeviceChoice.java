package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Where the tensors live: the CPU, a CUDA GPU, or a GPU when there is one. */
public enum DeviceChoice {
  CPU,
  GPU,
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

  public Device resolve() {
    boolean gpu = Engine.getInstance().getGpuCount() > 0;
    return switch (this) {
      case CPU -> Device.cpu();
      case AUTO -> gpu ? Device.gpu() : Device.cpu();
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
