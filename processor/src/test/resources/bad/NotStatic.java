package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class NotStatic {
  @Kernel
  public Tensor instanceKernel(@Shape({"N"}) Tensor x) {
    return x.exp();
  }
}
