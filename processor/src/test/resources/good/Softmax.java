package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Softmax {
  /** Row-wise softmax. */
  @Kernel
  public static Tensor softmax(@Shape({"N", "D"}) Tensor x) {
    Tensor e = x.sub(x.max(1, true)).exp();
    return e.div(e.sum(1, true));
  }
}
