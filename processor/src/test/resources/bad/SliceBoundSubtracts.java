package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class SliceBoundSubtracts {
  @Kernel
  public static Tensor allButLast(@Shape({"N", "D"}) Tensor x) {
    long last = x.dim(0) - 1;
    return x.slice(0, 0, last);
  }
}
