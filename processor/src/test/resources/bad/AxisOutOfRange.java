package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class AxisOutOfRange {
  @Kernel
  public static Tensor total(@Shape({"N", "D"}) Tensor x) {
    return x.sum(-3, false);
  }
}
