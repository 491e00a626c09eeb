package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class CalleeShapeMismatch {
  @Kernel
  public static Tensor rgb(@Shape({"N", "3"}) Tensor pixels) {
    return pixels.mean(1, false);
  }

  @Kernel
  public static Tensor caller(@Shape({"N", "4"}) Tensor rgba) {
    return rgb(rgba);
  }
}
