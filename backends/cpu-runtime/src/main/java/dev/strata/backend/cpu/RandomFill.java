package dev.strata.backend.cpu;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.internal.TensorData;

/** Fills a buffer with the counter-based stream of {@code Tensor.rand}/{@code randn}, element for element the same. */
public final class RandomFill {
  private RandomFill() {}

  /** Fills {@code out} (a {@code dtype} array) as {@code Tensor.rand(seed, dtype, n)} would. */
  public static void fill(Object out, DType dtype, long seed, boolean normal) {
    int n = java.lang.reflect.Array.getLength(out);
    Tensor t = normal ? Tensor.randn(seed, dtype, n) : Tensor.rand(seed, dtype, n);
    System.arraycopy(TensorData.storage(t), 0, out, 0, n);
  }
}
