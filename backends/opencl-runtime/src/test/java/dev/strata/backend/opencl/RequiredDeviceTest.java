package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.Discovery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredDeviceTest {
  private static final Discovery NONE = Discovery.none("libOpenCL.so is missing");

  @Test
  void missingDeviceSkipsOutsideCi() {
    TestAbortedException skipped =
        assertThrows(TestAbortedException.class, () -> RequiredDevice.require(NONE, null));
    assertTrue(skipped.getMessage().contains("libOpenCL.so is missing"), skipped.getMessage());
    assertThrows(TestAbortedException.class, () -> RequiredDevice.require(NONE, "false"));
  }

  @Test
  void missingDeviceFailsOnCi() {
    AssertionFailedError failed =
        assertThrows(AssertionFailedError.class, () -> RequiredDevice.require(NONE, "true"));
    assertTrue(failed.getMessage().contains("libOpenCL.so is missing"), failed.getMessage());
  }

  @Test
  void presentDevicePasses() {
    OpenClDevice device = RequiredDevice.get();
    Discovery found = new Discovery(List.of(device), "");
    assertSame(found, RequiredDevice.require(found, "true"));
  }
}
