package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.runtime.device.DeviceStats;
import dev.strata.runtime.device.Explain;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * In the suite's OpenCL run ({@code -Dstrata.device=opencl}, see the examples pom) the device
 * groups must really run on an OpenCL device: a missing platform there is a failure, not a
 * silent CPU run. In its mixed-plans run ({@code strata.device.cpuGroups=alternate}) every
 * odd-numbered group runs on the CPU between device groups.
 */
class DevicePathTest {
  @Test
  void forcedOpenClRunsTheRowGroupsOnTheDevice() {
    Assumptions.assumeTrue(Boolean.getBoolean("strata.expect.opencl"), "not the OpenCL run of the suite");
    long before = DeviceStats.launches();
    Tensor x = Tensor.randn(11, DType.F32, 33, 517);
    Explain.Plan<Tensor> plan = Explain.of(() -> NnKernels.softmax(x));
    assertTrue(plan.toString().contains("-> opencl ("), plan.toString());
    assertTrue(DeviceStats.launches() > before);
    assertTrue(plan.result().allClose(Nn.softmax(x), 1e-5, 1e-5));
  }

  @Test
  void forcedOpenClRunsBatchedMatmulsOnTheDevice() {
    Assumptions.assumeTrue(Boolean.getBoolean("strata.expect.opencl"), "not the OpenCL run of the suite");
    Tensor q = Tensor.randn(1, DType.F32, 2, 130, 24);
    Tensor k = Tensor.randn(2, DType.F32, 2, 70, 24);
    Tensor v = Tensor.randn(3, DType.F32, 2, 70, 33);
    Explain.Plan<Tensor> plan = Explain.of(() -> NnKernels.attention(q, k, v, 0.2f));
    for (int group = 0; group < 3; group++) {
      assertTrue(plan.toString().contains("group " + group + " (") && plan.lines().get(group).contains("-> opencl ("),
          plan.toString());
    }
    assertTrue(plan.result().allClose(Nn.attention(q, k, v, 0.2f), 1e-4, 1e-4));
  }

  /**
   * Integer division by values the kernel reads runs on the device; a zero divisor sets the
   * kernel's trap flag, and the group reruns on the CPU, which throws Java's exception: counted as
   * a trap, not as a fallback, and an {@link ArithmeticException} under strict mode too.
   */
  @Test
  void integerDivisionByValuesRunsOnTheDeviceAndAZeroThrowsAsInJava() {
    Assumptions.assumeTrue(Boolean.getBoolean("strata.expect.opencl"), "not the OpenCL run of the suite");
    int n = 1000;
    int[] xs = new int[n];
    int[] ys = new int[n];
    for (int i = 0; i < n; i++) {
      xs[i] = i % 3 == 0 ? Integer.MIN_VALUE : i * 7919 - 40000;
      ys[i] = i % 4 == 0 ? -1 : i % 2 == 0 ? 7 : -(i % 13) - 1;
    }
    Tensor x = Tensor.of(xs, n);
    Tensor y = Tensor.of(ys, n);
    Explain.Plan<Tensor> plan = Explain.of(() -> JavaSemanticsKernels.sumOverDivisor(x, y));
    assertTrue(plan.toString().contains("-> opencl ("), plan.toString());
    assertArrayEquals(JavaSemantics.sumOverDivisor(x, y).toIntArray(), plan.result().toIntArray());

    ys[n - 1] = 0;
    Tensor withZero = Tensor.of(ys, n);
    long traps = DeviceStats.traps();
    long fallbacks = DeviceStats.fallbacks();
    assertThrows(ArithmeticException.class, () -> JavaSemantics.sumOverDivisor(x, withZero));
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> JavaSemanticsKernels.sumOverDivisor(x, withZero));
    assertEquals("/ by zero", e.getMessage());
    assertEquals(traps + 1, DeviceStats.traps());
    assertEquals(fallbacks, DeviceStats.fallbacks(), "a trap is not a fallback");
    String strict = System.getProperty("strata.strict");
    System.setProperty("strata.strict", "true");
    try {
      assertThrows(ArithmeticException.class, () -> JavaSemanticsKernels.sumOverDivisor(x, withZero));
      assertArrayEquals(JavaSemantics.sumOverDivisor(x, y).toIntArray(),
          JavaSemanticsKernels.sumOverDivisor(x, y).toIntArray());
    } finally {
      if (strict == null) {
        System.clearProperty("strata.strict");
      } else {
        System.setProperty("strata.strict", strict);
      }
    }
  }

  @Test
  void mixedPlansRunTheMiddleGroupOnTheCpuBetweenDeviceGroups() {
    Assumptions.assumeTrue(Boolean.getBoolean("strata.expect.mixed"), "not the mixed-plans run of the suite");
    Tensor q = Tensor.randn(4, DType.F32, 3, 40, 16);
    Tensor k = Tensor.randn(5, DType.F32, 3, 50, 16);
    Tensor v = Tensor.randn(6, DType.F32, 3, 50, 8);
    long fallbacks = DeviceStats.fallbacks();
    Explain.Plan<Tensor> plan = Explain.of(() -> NnKernels.attention(q, k, v, 0.25f));
    List<String> lines = plan.lines();
    assertTrue(lines.get(0).contains("group 0 (matmul (f32)) -> opencl ("), plan.toString());
    assertTrue(lines.get(1).contains("group 1 (") && lines.get(1).contains("-> cpu: pinned by strata.device.cpuGroups"),
        plan.toString());
    assertTrue(lines.get(2).contains("group 2 (matmul (f32)) -> opencl ("), plan.toString());
    assertEquals(fallbacks, DeviceStats.fallbacks(), "a pinned group is not a fallback");
    assertTrue(plan.result().allClose(Nn.attention(q, k, v, 0.25f), 1e-4, 1e-4));
  }
}
