package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class HelperCall {
  static Tensor helper(Tensor x) {
    return x.exp();
  }

  @Kernel
  public static Tensor usesHelper(@Shape({"N"}) Tensor x) {
    return helper(x).add(x);
  }
}
