package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class MissingShape {
  @Kernel
  public static Tensor add(@Shape({"N"}) Tensor x,
      Tensor unshaped) {
    return x.add(unshaped);
  }
}
