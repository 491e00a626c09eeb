package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class BadReturnType {
  @Kernel
  public static double total(@Shape({"N"}) Tensor x) {
    return x.sum().item();
  }
}
