package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class TryStatement {
  @Kernel
  public static Tensor guarded(@Shape({"N"}) Tensor x) {
    Tensor y = x;
    try {
      y = x.log();
    } finally {
      y = y.exp();
    }
    return y;
  }
}
