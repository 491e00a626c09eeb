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

  // Java throws for these sizes where the call runs, whether or not its result is used.

  @Kernel
  public static Tensor unusedMax(@Shape({"N", "D"}) Tensor x) {
    Tensor unused = x.max(1, true);
    return x.add(1);
  }

  @Kernel
  public static Tensor unusedArgmaxAndMin(@Shape({"N", "D"}) Tensor x) {
    Tensor a = x.argmax(0, false);
    Tensor m = x.min();
    return x.mul(2);
  }

  @Kernel
  public static Tensor maxOnOneBranch(@Shape({"N", "D"}) Tensor x, int n) {
    return n > 0 ? x.sub(x.max(1, true)) : x.add(1);
  }

  @Kernel
  public static Tensor inferredRows(@Shape({"N", "D"}) Tensor x) {
    return x.reshape(-1, x.dim(1));
  }
}
