package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class NonConstantAxis {
  @Kernel
  public static Tensor reduce(@Shape({"N", "D"}) Tensor x, int axis) {
    return x.sum(axis, true);
  }
}
