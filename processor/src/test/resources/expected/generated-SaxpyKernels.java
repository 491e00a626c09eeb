package tests;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.backend.cpu.Parallel;
import dev.strata.backend.cpu.VectorKernels;
import dev.strata.internal.TensorData;
import dev.strata.runtime.Devices;
import dev.strata.runtime.KernelArgs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Compiled versions of the {@code @Kernel} methods of {@link Saxpy}.
 *
 * <p>Each method has the same name and parameters as its source and the same result as
 * running it eagerly, computed by fused, vectorised, multithreaded code. Arguments are
 * checked before any work; inputs are never modified. Safe to call from many threads.
 */
@Generated("dev.strata.processor.KernelProcessor")
public final class SaxpyKernels {
  private static final MethodHandle SAXPY_LOOP0 = VectorKernels.find(MethodHandles.lookup(), "tests.SaxpyKernelsVector", "saxpy_loop0", java.lang.invoke.MethodType.methodType(void.class, int.class, int.class, int.class, float[].class, float.class, float[].class, float[].class, int.class, int.class));

  private SaxpyKernels() {
  }

  /**
   * <p>Compiled by Strata. Shape contract:
   * <ul>
   *   <li>{@code a: float}
   *   <li>{@code x: F32[N]}
   *   <li>{@code y: F32[N]}
   * </ul>
   *
   * @see Saxpy#saxpy(float, Tensor, Tensor)
   * @throws NullPointerException if a tensor argument is null
   * @throws IllegalArgumentException if an argument's dtype or shape breaks the contract
   */
  public static Tensor saxpy(float a, Tensor x, Tensor y) {
    Devices.check();
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    KernelArgs.require(x, "x", DType.F32, 1, "F32[N]");
    final int dim_N = (int) x.dim(0);
    KernelArgs.require(y, "y", DType.F32, 1, "F32[N]");
    KernelArgs.boundDim(y, "y", 0, "N", dim_N, "F32[N]");
    final float[] xData = TensorData.f32(x);
    final float[] yData = TensorData.f32(y);
    final int v0 = 8191;
    final int v1 = (dim_N + v0);
    final int v2 = 8192;
    final int v3 = (v1 / v2);
    final int v4 = 0;
    final float[] out5 = new float[dev.strata.runtime.KernelArgs.size(new long[] {dim_N})];
    if (SAXPY_LOOP0 != null) {
      Parallel.forRange(v3, Math.max(1, 32768 / Math.max(1, v2)), (from6, to7) -> {
            try {
              SAXPY_LOOP0.invokeExact(v3, v2, dim_N, xData, a, yData, out5, from6, to7);
            } catch (Throwable thrown8) {
              throw VectorKernels.propagate(thrown8);
            }
          });
    } else {
      Parallel.forRange(v3, Math.max(1, 32768 / Math.max(1, v2)), (from6, to7) -> saxpy_loop0(v3, v2, dim_N, xData, a, yData, out5, from6, to7));
    }
    return TensorData.wrap(DType.F32, out5, new long[] {dim_N});
  }

  private static void saxpy_loop0(final int a, final int a1, final int dim_N, final float[] x,
      final float a2, final float[] y, final float[] a3, final int start, final int end) {
    for (int row0 = start; row0 < end; row0++) {
      final int v1 = (row0 / a);
      final int v2 = (row0 % a);
      final int v3 = (v2 * a1);
      final int v4 = (v3 + a1);
      final int v5 = (Math.min(dim_N, v4));
      final int v6 = (v1 * dim_N);
      for (int i7 = v3; i7 < v5; i7++) {
        final int v8 = (v6 + i7);
        final float v9 = x[i7];
        final float v10 = (v9 * a2);
        final float v11 = y[i7];
        final float v12 = (v10 + v11);
        a3[v8] = v12;
      }
    }
  }

  private static double gelu(double x) {
    return 0.5 * x * (1.0 + Math.tanh(Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x)));
  }
}
