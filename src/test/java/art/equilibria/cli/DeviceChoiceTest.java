package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class DeviceChoiceTest {

  @Test
  void appleSiliconsGpuIsRefusedElsewhereInOneLine() {
    assumeFalse(
        System.getProperty("os.name").startsWith("Mac")
            && System.getProperty("os.arch").equals("aarch64"),
        "this is Apple silicon");
    UserError e = assertThrows(UserError.class, DeviceChoice.MPS::resolve);
    assertTrue(e.getMessage().startsWith("--device mps: Apple silicon's GPU"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void theCpuIsAlwaysThere() {
    assertEquals(Device.cpu(), DeviceChoice.CPU.resolve());
  }
}
