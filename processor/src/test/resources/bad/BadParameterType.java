package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class BadParameterType {
  @Kernel
  public static Tensor named(@Shape({"N"}) Tensor x,
      String label) {
    return x.exp();
  }
}
