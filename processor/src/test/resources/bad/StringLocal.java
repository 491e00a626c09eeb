package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class StringLocal {
  @Kernel
  public static Tensor labelled(@Shape({"N"}) Tensor x) {
    int n = 3;
    n += 2;
    String label = "n=" + n;
    return x.exp();
  }
}
