package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** 16-bit chains whose result depends on every intermediate being rounded, as eager tensors are. */
public final class HalfPrecision {
  private HalfPrecision() {}

  @Kernel
  public static Tensor cancelF16(@Shape(value = {"N"}, dtype = DType.F16) Tensor x, float a) {
    return x.mul(a).add(1000).sub(1000).gelu();
  }

  @Kernel
  public static Tensor cancelBf16(@Shape(value = {"N"}, dtype = DType.BF16) Tensor x, float a) {
    return x.mul(a).add(300).sub(300).exp().sum(0, true);
  }

  /** A row sum that overflows F16 before the division that would bring it back in range. */
  @Kernel
  public static Tensor meanBySum(@Shape(value = {"N", "D"}, dtype = DType.F16) Tensor x) {
    return x.sum(1, true).div(x.dim(1)).add(x);
  }
}
