package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.gpu.GpuFuncOp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module of the {@link KernelCatalog} lowers to kernels that the emitter accepts, one program
 * per {@code gpu.func}, whose text is well formed in the ways a C compiler would notice first.
 * Needs no device; {@link DeviceBuildTest} compiles the same programs for real.
 */
class CatalogEmissionTest {
  @TestFactory
  Stream<DynamicTest> everyCatalogueModuleEmits() {
    return KernelCatalog.modules().entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
      ModuleOp module = e.getValue().get();
      long gpuFuncs =
          module.body(0).operations().stream().filter(op -> op instanceof GpuFuncOp).count();
      List<OpenClKernel> kernels = OpenClEmitter.emit(module);
      assertTrue(gpuFuncs > 0, e.getKey() + " stayed on the CPU");
      assertEquals(gpuFuncs, kernels.size());
      for (OpenClKernel k : kernels) {
        String s = k.source();
        assertEquals(count(s, '{'), count(s, '}'), "unbalanced braces in\n" + s);
        assertEquals(count(s, '('), count(s, ')'), "unbalanced parentheses in\n" + s);
        assertTrue(s.contains("__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void "
            + k.name() + "("), s);
        boolean fp64 = k.requires().contains("fp64");
        assertEquals(fp64, s.contains("#pragma OPENCL EXTENSION cl_khr_fp64 : enable"), s);
        if (!fp64) {
          assertFalse(s.matches("(?s).*\\bdouble\\b.*"), "double in a program without fp64:\n" + s);
        }
        assertFalse(s.contains("cl_khr_fp16"), s);
      }
    }));
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
