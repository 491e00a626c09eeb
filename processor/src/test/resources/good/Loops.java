package tests;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Loops {
  @Kernel
  public static Tensor horner(@Shape({"N"}) Tensor x) {
    Tensor acc = Tensor.zeros(DType.F32);
    for (int i = 3; i >= 0; i--) {
      acc = acc.mul(x).add(i + 1);
    }
    return acc;
  }

  @Kernel
  public static Tensor reduceAll(@Shape({"A", "B", "C"}) Tensor x) {
    Tensor y = x;
    for (int axis = 2; axis > 0; axis -= 1) {
      y = y.sum(axis, false);
    }
    return y;
  }
}
