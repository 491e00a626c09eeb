package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class UnsupportedMath {
  @Kernel
  public static Tensor rounded(@Shape({"N"}) Tensor x, double s) {
    return x.mul(Math.random() * s);
  }
}
