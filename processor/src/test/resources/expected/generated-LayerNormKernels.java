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
 * Compiled versions of the {@code @Kernel} methods of {@link LayerNorm}.
 *
 * <p>Each method has the same name and parameters as its source and the same result as
 * running it eagerly, computed by fused, vectorised, multithreaded code. Arguments are
 * checked before any work; inputs are never modified. Safe to call from many threads.
 */
@Generated("dev.strata.processor.KernelProcessor")
public final class LayerNormKernels {
  private static final MethodHandle LAYERNORM_LOOP0 = VectorKernels.find(MethodHandles.lookup(), "tests.LayerNormKernelsVector", "layerNorm_loop0", java.lang.invoke.MethodType.methodType(void.class, int.class, int.class, float.class, float[].class, float.class, float.class, float[].class, float[].class, float[].class, int.class, int.class));

  private LayerNormKernels() {
  }

  /**
   * <p>Compiled by Strata. Shape contract:
   * <ul>
   *   <li>{@code x: F32[N, D]}
   *   <li>{@code gamma: F32[D]}
   *   <li>{@code beta: F32[D]}
   * </ul>
   *
   * @see LayerNorm#layerNorm(Tensor, Tensor, Tensor)
   * @throws NullPointerException if a tensor argument is null
   * @throws IllegalArgumentException if an argument's dtype or shape breaks the contract
   */
  public static Tensor layerNorm(Tensor x, Tensor gamma, Tensor beta) {
    Devices.check();
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(gamma, "gamma");
    Objects.requireNonNull(beta, "beta");
    KernelArgs.require(x, "x", DType.F32, 2, "F32[N, D]");
    final int dim_N = (int) x.dim(0);
    final int dim_D = (int) x.dim(1);
    KernelArgs.require(gamma, "gamma", DType.F32, 1, "F32[D]");
    KernelArgs.boundDim(gamma, "gamma", 0, "D", dim_D, "F32[D]");
    KernelArgs.require(beta, "beta", DType.F32, 1, "F32[D]");
    KernelArgs.boundDim(beta, "beta", 0, "D", dim_D, "F32[D]");
    final float[] xData = TensorData.f32(x);
    final float[] gammaData = TensorData.f32(gamma);
    final float[] betaData = TensorData.f32(beta);
    final int v0 = 0;
    final float[] out1 = new float[dev.strata.runtime.KernelArgs.size(new long[] {dim_N, dim_D})];
    final float v2 = 0.0f;
    final long v3 = (long) dim_D;
    final float v4 = (float) v3;
    final float v5 = 1.0E-5f;
    if (LAYERNORM_LOOP0 != null) {
      Parallel.forRange(dim_N, Math.max(1, 32768 / Math.max(1, dim_D)), (from6, to7) -> {
            try {
              LAYERNORM_LOOP0.invokeExact(dim_D, v0, v2, xData, v4, v5, gammaData, betaData, out1, from6, to7);
            } catch (Throwable thrown8) {
              throw VectorKernels.propagate(thrown8);
            }
          });
    } else {
      Parallel.forRange(dim_N, Math.max(1, 32768 / Math.max(1, dim_D)), (from6, to7) -> layerNorm_loop0(dim_D, v0, v2, xData, v4, v5, gammaData, betaData, out1, from6, to7));
    }
    return TensorData.wrap(DType.F32, out1, new long[] {dim_N, dim_D});
  }

  private static void layerNorm_loop0(final int dim_D, final int a, final float a1, final float[] x,
      final float a2, final float a3, final float[] gamma, final float[] beta, final float[] a4,
      final int start, final int end) {
    for (int row0 = start; row0 < end; row0++) {
      final int v1 = (row0 * dim_D);
      float acc2 = a1;
      for (int i3 = a; i3 < dim_D; i3++) {
        final int v4 = (v1 + i3);
        final float v5 = x[v4];
        final float v6 = (acc2 + v5);
        acc2 = v6;
      }
      final float v7 = (float) (acc2 / a2);
      float acc8 = a1;
      for (int i9 = a; i9 < dim_D; i9++) {
        final int v10 = (v1 + i9);
        final float v11 = x[v10];
        final float v12 = (v11 - v7);
        final float v13 = (v12 * v12);
        final float v14 = (acc8 + v13);
        acc8 = v14;
      }
      final float v15 = (float) (acc8 / a2);
      final float v16 = (v15 + a3);
      final float v17 = (float) (1.0 / Math.sqrt((double) v16));
      for (int i18 = a; i18 < dim_D; i18++) {
        final int v19 = (v1 + i18);
        final float v20 = x[v19];
        final float v21 = (v20 - v7);
        final float v22 = (v21 * v17);
        final float v23 = gamma[i18];
        final float v24 = (v22 * v23);
        final float v25 = beta[i18];
        final float v26 = (v24 + v25);
        a4[v19] = v26;
      }
    }
  }

  private static double gelu(double x) {
    return 0.5 * x * (1.0 + Math.tanh(Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x)));
  }
}
