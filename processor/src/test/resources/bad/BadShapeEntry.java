package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class BadShapeEntry {
  @Kernel
  public static Tensor f(
      @Shape({"N", "-1"}) Tensor x) {
    return x.exp();
  }
}
