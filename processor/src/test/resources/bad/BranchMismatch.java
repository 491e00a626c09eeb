package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class BranchMismatch {
  @Kernel
  public static Tensor maybeReduce(@Shape({"N", "D"}) Tensor x, float threshold) {
    Tensor y = x;
    if (threshold > 0) {
      y = x.sum(1, true);
    }
    return y.exp();
  }
}
