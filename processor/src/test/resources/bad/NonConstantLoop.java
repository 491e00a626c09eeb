package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class NonConstantLoop {
  @Kernel
  public static Tensor power(@Shape({"N"}) Tensor x, int n) {
    Tensor y = x;
    for (int i = 0; i < n; i++) {
      y = y.mul(x);
    }
    return y;
  }
}
