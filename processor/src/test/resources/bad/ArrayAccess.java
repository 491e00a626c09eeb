package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class ArrayAccess {
  static final double[] WEIGHTS = {1.0, 2.0};

  @Kernel
  public static Tensor weighted(@Shape({"N"}) Tensor x) {
    return x.mul(WEIGHTS[0]);
  }
}
