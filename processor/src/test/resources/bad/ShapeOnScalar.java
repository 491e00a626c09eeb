package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class ShapeOnScalar {
  @Kernel
  public static Tensor scaled(@Shape({"N"}) Tensor x,
      @Shape({"N"}) float alpha) {
    return x.mul(alpha);
  }
}
