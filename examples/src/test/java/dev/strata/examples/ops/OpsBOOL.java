package dev.strata.examples.ops;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/**
 * One kernel per op on BOOL tensors, for the differential tests: each runs eagerly and compiled
 * (in {@code OpsBOOLKernels}) on the same random inputs.
 */
public final class OpsBOOL {
  private OpsBOOL() {}

  @Kernel
  public static Tensor eq(@Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor x, @Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor y) {
    return x.eq(y);
  }

  @Kernel
  public static Tensor ne(@Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor x, @Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor y) {
    return x.ne(y);
  }

  @Kernel
  public static Tensor whereBool(@Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor c, @Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return Tensor.where(c, x, x.neg());
  }

  @Kernel
  public static Tensor toF32(@Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor x) {
    return x.to(DType.F32);
  }

  @Kernel
  public static Tensor toI32(@Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor x) {
    return x.to(DType.I32);
  }

  @Kernel
  public static Tensor toI8(@Shape(value = {"A", "B"}, dtype = DType.BOOL) Tensor x) {
    return x.to(DType.I8);
  }
}
