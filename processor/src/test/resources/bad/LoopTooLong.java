package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class LoopTooLong {
  @Kernel
  public static Tensor slow(@Shape({"N"}) Tensor x) {
    Tensor y = x;
    for (int i = 0; i < 2000; i++) {
      y = y.add(1.0);
    }
    return y;
  }
}
