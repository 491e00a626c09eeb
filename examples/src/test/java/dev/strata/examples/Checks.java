package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Kernels whose shapes need care at entry: {@code N == M}, and slice bounds far outside any dim. */
public final class Checks {
  private Checks() {}

  @Kernel
  public static Tensor addRows(@Shape({"N", "D"}) Tensor x, @Shape({"M", "D"}) Tensor y) {
    return x.add(y);
  }

  @Kernel
  public static Tensor sliceToTheEnd(@Shape({"N"}) Tensor x) {
    return x.slice(0, 1, Long.MAX_VALUE);
  }

  @Kernel
  public static Tensor sliceFromBeforeTheStart(@Shape({"N", "4"}) Tensor x) {
    return x.slice(1, Long.MIN_VALUE, -1).slice(0, -3_000_000_000L, 3_000_000_000L);
  }

  /** Full reductions of rank-0 tensors: each is the value itself. */
  @Kernel
  public static Tensor reductionsOfRankZero(@Shape({"N"}) Tensor x) {
    return x.sum().sum().add(Tensor.scalar(DType.F32, 2.0).max()).add(x.max().mean()).add(x.min().min());
  }
}
