package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.runtime.device.DeviceStats;
import dev.strata.runtime.device.Explain;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * In the suite's OpenCL run ({@code -Dstrata.device=opencl}, see the examples pom) the device
 * groups must really run on an OpenCL device: a missing platform there is a failure, not a
 * silent CPU run.
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
}
