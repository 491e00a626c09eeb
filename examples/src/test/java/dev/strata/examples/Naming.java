package dev.strata.examples;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Kernels whose names and parameters could clash with what the generated code declares. */
public final class Naming {
  private Naming() {}

  @Kernel
  public static Tensor f(@Shape({"N"}) Tensor start) {
    return start.exp();
  }

  @Kernel
  public static Tensor f(@Shape({"N"}) Tensor start, @Shape({"N"}) Tensor end) {
    return start.sub(end).exp();
  }

  @Kernel
  public static Tensor g(@Shape({"N"}) Tensor v0, @Shape({"N"}) Tensor out0, float from0, double to0) {
    return v0.mul(from0).add(out0.mul(to0)).sum(0, true);
  }

  /** A nested class: generated as {@code Naming_InnerKernels}. */
  public static final class Inner {
    private Inner() {}

    @Kernel
    public static Tensor h(@Shape({"N", "M"}) Tensor thrown0) {
      return thrown0.t().relu();
    }
  }
}
