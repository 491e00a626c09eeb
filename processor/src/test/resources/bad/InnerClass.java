package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class InnerClass {
  final class Inner {
    @Kernel
    static Tensor inner(@Shape({"N"}) Tensor x) {
      return x.exp();
    }
  }
}
