package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Documented {
  /**
   * Twice {@code x}, plus {@code bias}.
   *
   * @param x the input
   * @param bias added to every element
   * @return twice x plus bias
   */
  @Kernel
  public static Tensor twice(@Shape({"N"}) Tensor x, float bias) {
    return x.mul(2).add(bias);
  }
}
