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
  private static final MethodHandle SAXPY_LOOP0 = VectorKernels.find(MethodHandles.lookup(), "tests.SaxpyKernelsVector", "saxpy_loop0", java.lang.invoke.MethodType.methodType(void.class, int.class, int.class, float[].class, float.class, float[].class, float[].class, int.class, int.class));

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
    final int v0 = 0;
    final int v1 = 1;
    final float[] out2 = new float[dev.strata.runtime.KernelArgs.size(new long[] {dim_N})];
    if (SAXPY_LOOP0 != null) {
      Parallel.forRange(v1, Math.max(1, 32768 / Math.max(1, dim_N)), (start, end) -> {
            try {
              SAXPY_LOOP0.invokeExact(dim_N, v0, xData, a, yData, out2, start, end);
            } catch (Throwable t) {
              throw VectorKernels.propagate(t);
            }
          });
    } else {
      Parallel.forRange(v1, Math.max(1, 32768 / Math.max(1, dim_N)), (start, end) -> saxpy_loop0(dim_N, v0, xData, a, yData, out2, start, end));
    }
    return TensorData.wrap(DType.F32, out2, new long[] {dim_N});
  }

  private static void saxpy_loop0(final int dim_N, final int a, final float[] x, final float a1,
      final float[] y, final float[] a2, final int start, final int end) {
    for (int row0 = start; row0 < end; row0++) {
      final int v1 = (row0 * dim_N);
      for (int i2 = a; i2 < dim_N; i2++) {
        final int v3 = (v1 + i2);
        final float v4 = x[i2];
        final float v5 = (v4 * a1);
        final float v6 = y[i2];
        final float v7 = (v5 + v6);
        a2[v3] = v7;
      }
    }
  }

  private static double gelu(double x) {
    return 0.5 * x * (1.0 + Math.tanh(Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x)));
  }
}
