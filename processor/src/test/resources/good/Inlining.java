package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Inlining {
  @Kernel
  public static Tensor relu6(@Shape({"N", "D"}) Tensor x) {
    return x.relu().minimum(6.0);
  }

  @Kernel
  public static Tensor block(@Shape({"N", "D"}) Tensor x, @Shape({"D", "D"}) Tensor w) {
    return relu6(x.matmul(w)).add(x);
  }

  @Kernel
  public static Tensor twice(@Shape({"N"}) Tensor x, double s) {
    return Activations.scaled(Activations.scaled(x, s), 2);
  }
}
