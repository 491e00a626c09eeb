package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.device.Device;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.text.Printer;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Random fills run on the device, each thread computing its elements of the counter-based stream
 * itself: uniform values (every dtype) are bit for bit those of {@link Tensor#rand}; normal values
 * go through the device's {@code log} and {@code cos} in double, so F64 is allowed 16 ulps (PoCL
 * gives at most 3) and the narrower dtypes, rounded from it, one unit of their last place.
 */
class DeviceRandomTest {
  private static final int N = 20_000;

  @Test
  void fillsMatchTheReferenceStream() throws Exception {
    Device device = RequiredDevice.get();
    for (DType dtype : DType.values()) {
      for (boolean normal : new boolean[] {false, true}) {
        String t = dtype.name().toLowerCase(Locale.ROOT);
        ModuleOp module = Pipelines.fromTensors("""
            builtin.module() ({
              func.func() ({
              ^bb0(%%seed: i64):
                %%r = tensor.random(%%seed) {normal = %s} : tensor<%s[N]>
                func.return(%%r)
              }) {sym_name = "fill", result_types = [type(tensor<%s[N]>)]}
            })
            """.formatted(normal, t, t));
        String printed = Printer.print(module);
        assertTrue(printed.contains("gpu.random(") && printed.contains("gpu.launch("), printed);
        assertFalse(printed.contains("cpu_only"), printed);
        for (long seed : new long[] {0, 42, -3, Long.MIN_VALUE}) {
          Object got = DeviceRun.run(device, module, "fill", Map.of("N", (long) N), seed).getFirst();
          Tensor want = normal ? Tensor.randn(seed, dtype, N) : Tensor.rand(seed, dtype, N);
          compare(dtype + (normal ? " randn " : " rand ") + seed, dtype, normal, want, got);
        }
      }
    }
  }

  private static void compare(String what, DType dtype, boolean normal, Tensor want, Object got) {
    String t = dtype.name().toLowerCase(Locale.ROOT);
    for (int i = 0; i < N; i++) {
      double w = want.get(i);
      double g = DtypeValues.get(got, t, i);
      double allowed = !normal ? 0 : switch (dtype) {
        case F64 -> 16 * Math.ulp(w);
        case F32 -> Math.ulp((float) w);
        case F16 -> Math.ulp(Float.float16ToFloat(Float.floatToFloat16((float) w)));
        case BF16 -> Math.scalb(Math.ulp((float) w), 16);
        case I32, I8, BOOL -> 1;
      };
      int at = i;
      assertTrue(Math.abs(g - w) <= allowed || Double.isNaN(w) && Double.isNaN(g),
          () -> what + "[" + at + "]: want " + w + " got " + g);
    }
  }
}
