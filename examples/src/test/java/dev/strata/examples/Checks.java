package dev.strata.examples;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** A kernel whose shapes need a check at entry that no single parameter states: {@code N == M}. */
public final class Checks {
  private Checks() {}

  @Kernel
  public static Tensor addRows(@Shape({"N", "D"}) Tensor x, @Shape({"M", "D"}) Tensor y) {
    return x.add(y);
  }
}
