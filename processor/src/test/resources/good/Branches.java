package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Branches {
  static final boolean FAST = false;

  @Kernel
  public static Tensor leaky(@Shape({"N"}) Tensor x, float slope) {
    Tensor y;
    if (slope > 0) {
      y = x.maximum(x.mul(slope));
    } else {
      y = x.relu();
    }
    return y;
  }

  @Kernel
  public static Tensor scaleBySign(@Shape({"N"}) Tensor x, double s) {
    if (s < 0) {
      return x.neg();
    }
    if (s == 0) {
      return x.mul(0.0);
    }
    return x.mul(s);
  }

  @Kernel
  public static Tensor constantCondition(@Shape({"N"}) Tensor x, int n) {
    int k = n > 3 ? n : 3;
    if (FAST) {
      return x.exp();
    }
    return x.mul(k);
  }
}
