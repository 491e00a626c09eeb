package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Activations {
  @Kernel
  public static Tensor scaled(@Shape({"M"}) Tensor x, double s) {
    return x.mul(s);
  }
}
