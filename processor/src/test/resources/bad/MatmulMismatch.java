package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class MatmulMismatch {
  @Kernel
  public static Tensor project(@Shape({"N", "4"}) Tensor x, @Shape({"5", "M"}) Tensor w) {
    Tensor h = x.exp();
    return x.matmul(w).add(h);
  }
}
