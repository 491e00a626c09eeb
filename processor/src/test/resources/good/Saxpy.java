package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Saxpy {
  @Kernel
  public static Tensor saxpy(float a, @Shape({"N"}) Tensor x, @Shape({"N"}) Tensor y) {
    return x.mul(a).add(y);
  }
}
