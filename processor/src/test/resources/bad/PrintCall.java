package tests;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class PrintCall {
  @Kernel
  public static Tensor noisy(@Shape({"N"}) Tensor x) {
    System.out.println("computing");
    return x.exp();
  }
}
