package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class ObjectCreation {
  @Kernel
  public static Tensor allocates(@Shape({"N"}) Tensor x) {
    Object lock = new Object();
    return x.exp();
  }
}
