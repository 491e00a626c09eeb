package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Kernels whose Java semantics rest on the JVM: integer division by zero throws. */
public final class JavaSemantics {
  private JavaSemantics() {}

  @Kernel
  public static Tensor divideBy(@Shape(value = {"N"}, dtype = DType.I32) Tensor x, int divisor) {
    return x.div(divisor);
  }

  @Kernel
  public static Tensor sumOverDivisor(@Shape(value = {"N"}, dtype = DType.I32) Tensor x,
      @Shape(value = {"N"}, dtype = DType.I32) Tensor y) {
    return x.add(y).div(y);
  }
}
