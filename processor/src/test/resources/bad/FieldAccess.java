package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class FieldAccess {
  static double scale = 2.0;

  @Kernel
  public static Tensor scaled(@Shape({"N"}) Tensor x) {
    return x.mul(scale);
  }
}
