package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceProgram;
import org.junit.jupiter.api.Test;

/**
 * Java semantics that rest on the JVM's signal handlers survive OpenCL: after discovering the
 * devices, building a program and launching it, an integer division by zero still throws (PoCL's
 * own SIGFPE handler would skip the division and give the dividend) and a null dereference still
 * gives a NullPointerException.
 */
class SignalHandlersTest {
  private static volatile int zero;
  private static volatile Object nothing;

  @Test
  void integerDivisionByZeroStillThrowsAfterDiscoveryBuildAndLaunch() throws Exception {
    Device device = RequiredDevice.get();
    // A source of its own, so that this test builds it rather than finding it in the cache.
    DeviceProgram program = device.build(TestKernels.AXPY + "\n// SignalHandlersTest\n", "");
    int n = 256;
    try (DeviceBuffer x = device.allocate(4L * n); DeviceBuffer y = device.allocate(4L * n)) {
      device.upload(new float[n], x);
      device.launch(program, "axpy_f", new Object[] {x, y, 2f, 1f, n}, new long[] {n}, new long[] {64});
      float[] back = new float[n];
      device.download(y, back);
      assertEquals(1f, back[n - 1]);
    }
    assertThrows(ArithmeticException.class, () -> divide(7, zero));
    assertThrows(ArithmeticException.class, () -> remainder(7, zero));
    assertThrows(NullPointerException.class, () -> nothing.hashCode());
  }

  private static int divide(int a, int b) {
    return a / b;
  }

  private static int remainder(int a, int b) {
    return a % b;
  }
}
