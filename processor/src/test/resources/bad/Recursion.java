package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Recursion {
  @Kernel
  public static Tensor forever(@Shape({"N"}) Tensor x) {
    return forever(x.exp());
  }
}
