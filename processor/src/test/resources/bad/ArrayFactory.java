package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class ArrayFactory {
  @Kernel
  public static Tensor withConstants(@Shape({"2"}) Tensor x) {
    return x.add(Tensor.of(new float[] {1f, 2f}, 2));
  }
}
