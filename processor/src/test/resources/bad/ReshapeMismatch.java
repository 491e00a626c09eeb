package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class ReshapeMismatch {
  @Kernel
  public static Tensor reshaped(@Shape({"2", "3"}) Tensor x) {
    return x.reshape(4, 2);
  }
}
