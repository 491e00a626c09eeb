package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class ReturnInsideUnsupported {
  @Kernel
  public static Tensor spin(@Shape({"N"}) Tensor x) {
    for (;;) {
      return x.exp();
    }
  }
}
