package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class GeluMlp {
  @Kernel
  public static Tensor mlp(@Shape({"B", "I"}) Tensor x, @Shape({"I", "H"}) Tensor w1,
      @Shape({"H"}) Tensor b1, @Shape({"H", "O"}) Tensor w2) {
    return x.matmul(w1).add(b1).gelu().matmul(w2);
  }
}
