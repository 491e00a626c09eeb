package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class WhileLoop {
  @Kernel
  public static Tensor repeat(@Shape({"N"}) Tensor x) {
    Tensor y = x;
    int i = 0;
    while (i < 3) {
      y = y.exp();
      i++;
    }
    return y;
  }
}
