package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class SliceBoundFromScalar {
  @Kernel
  public static Tensor head(@Shape({"N", "D"}) Tensor x, int n) {
    return x.exp().slice(1, 0, n);
  }
}
