package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;
import java.util.function.Supplier;

public final class Lambda {
  @Kernel
  public static Tensor deferred(@Shape({"N"}) Tensor x) {
    Supplier<Tensor> later = () -> x.exp();
    return later.get();
  }
}
