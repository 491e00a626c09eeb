package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class BroadcastMismatch {
  @Kernel
  public static Tensor sum(@Shape({"N", "3"}) Tensor x, @Shape({"4"}) Tensor y) {
    return x.add(y);
  }
}
