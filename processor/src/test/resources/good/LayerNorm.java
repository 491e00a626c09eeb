package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class LayerNorm {
  static final double EPS = 1e-5;

  @Kernel
  public static Tensor layerNorm(
      @Shape({"N", "D"}) Tensor x, @Shape({"D"}) Tensor gamma, @Shape({"D"}) Tensor beta) {
    Tensor mean = x.mean(-1, true);
    Tensor centered = x.sub(mean);
    Tensor variance = centered.square().mean(-1, true);
    return centered.mul(variance.add(EPS).rsqrt()).mul(gamma).add(beta);
  }
}
