package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class MathFunctions {
  @Kernel
  public static Tensor gaussian(@Shape({"N"}) Tensor x, double sigma, float shift) {
    double norm = 1.0 / Math.sqrt(2 * Math.PI * sigma * sigma);
    double width = Math.max(Math.abs(sigma), 1e-6);
    float s = (float) Math.tanh(shift) + (float) Math.floor(Math.log(Math.exp(shift)));
    s += Math.min(Math.sin(shift), Math.cos(shift)) + Math.pow(Math.ceil(shift), 2);
    return x.sub(s).div(width).square().mul(-0.5).exp().mul(norm);
  }
}
