package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class LoopNestTooLong {
  @Kernel
  public static Tensor slow(@Shape({"N"}) Tensor x) {
    Tensor y = x;
    for (int i = 0; i < 1000; i++) {
      for (int j = 0; j < 1000; j++) {
        y = y.add(1.0);
      }
    }
    return y;
  }
}
