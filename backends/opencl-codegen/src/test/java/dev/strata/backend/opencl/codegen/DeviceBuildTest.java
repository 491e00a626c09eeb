package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.device.Device;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceProgram;
import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Builds every program the emitter writes for the {@link KernelCatalog} on a real OpenCL device,
 * with no build options, and checks that each program defines its kernel. Skipped without a
 * device (a failure on CI).
 */
class DeviceBuildTest {
  @TestFactory
  Stream<DynamicTest> everyEmittedProgramBuilds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Supplier<ModuleOp>> e : KernelCatalog.modules().entrySet()) {
      tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
        Device device = RequiredDevice.get();
        List<OpenClKernel> kernels = OpenClEmitter.emit(e.getValue().get());
        assertTrue(!kernels.isEmpty(), e.getKey() + " gave no kernel");
        for (OpenClKernel k : kernels) {
          Assumptions.assumeTrue(!k.requires().contains("fp64") || device.info().fp64(),
              () -> device.info().name() + " has no fp64 for " + k.name());
          try {
            DeviceProgram program = device.build(k.source(), "");
            assertTrue(program.kernels().contains(k.name()),
                () -> "the program defines " + program.kernels());
          } catch (DeviceException ex) {
            fail("building " + k.name() + " failed: " + ex.getMessage() + "\n" + k.source(), ex);
          }
        }
      }));
    }
    return tests.stream();
  }
}
