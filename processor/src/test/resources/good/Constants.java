package tests;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Constants {
  static final float SCALE = 0.5f;
  static final int REPEATS = 2;

  @Kernel
  public static Tensor constants(@Shape({"N"}) Tensor x) {
    double tau = 2 * Math.PI;
    long big = Long.MAX_VALUE;
    Tensor y = x.mul(SCALE * REPEATS).add(tau);
    return y.minimum(big).to(DType.F64);
  }
}
