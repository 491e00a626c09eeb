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
 * Compiled versions of the {@code @Kernel} methods of {@link Softmax}.
 *
 * <p>Each method has the same name and parameters as its source and the same result as
 * running it eagerly, computed by fused, vectorised, multithreaded code. Arguments are
 * checked before any work; inputs are never modified. Safe to call from many threads.
 */
@Generated("dev.strata.processor.KernelProcessor")
public final class SoftmaxKernels {
  private static final MethodHandle SOFTMAX_LOOP0 = VectorKernels.find(MethodHandles.lookup(), "tests.SoftmaxKernelsVector", "softmax_loop0", java.lang.invoke.MethodType.methodType(void.class, int.class, int.class, float.class, float[].class, float.class, float[].class, int.class, int.class));

  private SoftmaxKernels() {
  }

  /**
   * Row-wise softmax.
   *
   * <p>Compiled by Strata. Shape contract:
   * <ul>
   *   <li>{@code x: F32[N, D]}
   * </ul>
   *
   * @see Softmax#softmax(Tensor)
   * @throws NullPointerException if a tensor argument is null
   * @throws IllegalArgumentException if an argument's dtype or shape breaks the contract
   */
  public static Tensor softmax(Tensor x) {
    Devices.check();
    Objects.requireNonNull(x, "x");
    KernelArgs.require(x, "x", DType.F32, 2, "F32[N, D]");
    final int dim_N = (int) x.dim(0);
    final int dim_D = (int) x.dim(1);
    final float[] xData = TensorData.f32(x);
    final int v0 = 0;
    final float[] out1 = new float[dev.strata.runtime.KernelArgs.size(new long[] {dim_N, dim_D})];
    final boolean v2 = (dim_D > v0);
    if (!v2) {
      throw new IllegalArgumentException("max: cannot reduce a zero-size axis of shape [N, D]");
    }
    final float v3 = Float.NEGATIVE_INFINITY;
    final float v4 = 0.0f;
    if (SOFTMAX_LOOP0 != null) {
      Parallel.forRange(dim_N, Math.max(1, 32768 / Math.max(1, dim_D)), (from5, to6) -> {
            try {
              SOFTMAX_LOOP0.invokeExact(dim_D, v0, v3, xData, v4, out1, from5, to6);
            } catch (Throwable thrown7) {
              throw VectorKernels.propagate(thrown7);
            }
          });
    } else {
      Parallel.forRange(dim_N, Math.max(1, 32768 / Math.max(1, dim_D)), (from5, to6) -> softmax_loop0(dim_D, v0, v3, xData, v4, out1, from5, to6));
    }
    return TensorData.wrap(DType.F32, out1, new long[] {dim_N, dim_D});
  }

  private static void softmax_loop0(final int dim_D, final int a, final float a1, final float[] x,
      final float a2, final float[] a3, final int start, final int end) {
    for (int row0 = start; row0 < end; row0++) {
      final int v1 = (row0 * dim_D);
      float acc2 = a1;
      for (int i3 = a; i3 < dim_D; i3++) {
        final int v4 = (v1 + i3);
        final float v5 = x[v4];
        final float v6 = (Math.max(acc2, v5));
        acc2 = v6;
      }
      float acc7 = a2;
      for (int i8 = a; i8 < dim_D; i8++) {
        final int v9 = (v1 + i8);
        final float v10 = x[v9];
        final float v11 = (v10 - acc2);
        final float v12 = (float) (Math.exp((double) v11));
        a3[v9] = v12;
        final float v13 = (acc7 + v12);
        acc7 = v13;
      }
      for (int i14 = a; i14 < dim_D; i14++) {
        final int v15 = (v1 + i14);
        final float v16 = a3[v15];
        final float v17 = (float) (v16 / acc7);
        a3[v15] = v17;
      }
    }
  }

  private static double gelu(double x) {
    return 0.5 * x * (1.0 + Math.tanh(Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x)));
  }
}
