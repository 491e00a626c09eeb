package dev.strata.examples;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Kernels far larger than a person would write, to keep generated code within the JVM's limits. */
public final class Big {
  private Big() {}

  /** 600 elementwise ops in one fused loop, from an unrolled loop. */
  @Kernel
  public static Tensor longChain(@Shape({"N", "D"}) Tensor x, @Shape({"D"}) Tensor b) {
    Tensor y = x;
    for (int i = 0; i < 200; i++) {
      y = y.mul(0.999).add(b).tanh();
    }
    return y;
  }

  /** 240 ops with reductions in between: many groups and loops. */
  @Kernel
  public static Tensor manyGroups(@Shape({"N", "D"}) Tensor x) {
    Tensor y = x;
    for (int i = 0; i < 60; i++) {
      y = y.sub(y.mean(1, true)).mul(0.5).add(y.max(0, true));
    }
    return y;
  }
}
