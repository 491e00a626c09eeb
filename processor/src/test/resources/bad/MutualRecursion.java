package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class MutualRecursion {
  @Kernel
  public static Tensor ping(@Shape({"N"}) Tensor x) {
    return pong(x.exp());
  }

  @Kernel
  public static Tensor pong(@Shape({"N"}) Tensor x) {
    return ping(x.log());
  }
}
