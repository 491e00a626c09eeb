package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class BadNextToGood {
  @Kernel
  public static Tensor good(@Shape({"N", "D"}) Tensor x) {
    return x.exp().sum(1, false);
  }

  @Kernel
  public static Tensor bad(@Shape({"N", "3"}) Tensor x, @Shape({"2", "K"}) Tensor w) {
    return x.matmul(w);
  }
}
