package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class TwoErrors {
  @Kernel
  public static Tensor first(@Shape({"N"}) Tensor x) {
    Tensor y = x;
    do {
      y = y.exp();
    } while (false);
    return y;
  }

  @Kernel
  public static Tensor second(@Shape({"N", "3"}) Tensor x, @Shape({"4"}) Tensor v) {
    Tensor h = x.relu();
    return h.matmul(v).add(h.argmax(7, false).to(dev.strata.DType.F32));
  }
}
