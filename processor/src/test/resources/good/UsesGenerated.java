package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class UsesGenerated {
  @Kernel
  public static Tensor twice(@Shape({"N"}) Tensor x) {
    return x.add(x);
  }

  /** Calls the class the processor generates in this very compilation. */
  public static Tensor viaGenerated(Tensor x) {
    return UsesGeneratedKernels.twice(x);
  }
}
