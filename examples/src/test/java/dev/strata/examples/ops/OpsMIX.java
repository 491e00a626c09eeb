package dev.strata.examples.ops;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/**
 * Kernels that combine ops the way real code does, to exercise fusion across group kinds, views
 * feeding reductions and matmuls, and scalar control flow; compared like the single-op kernels.
 */
public final class OpsMIX {
  private OpsMIX() {}

  @Kernel
  public static Tensor columnSoftmax(@Shape({"A", "B"}) Tensor x) {
    Tensor e = x.sub(x.max(0, true)).exp();
    return e.div(e.sum(0, true));
  }

  @Kernel
  public static Tensor reduceThenBroadcast(@Shape({"A", "B"}) Tensor x) {
    return x.exp().sum(0, true).add(x).mul(x.mean(1, true));
  }

  @Kernel
  public static Tensor gram(@Shape({"A", "B"}) Tensor x) {
    return x.t().matmul(x);
  }

  @Kernel
  public static Tensor slicedMatmul(@Shape({"A", "K"}) Tensor x, @Shape({"K", "B"}) Tensor w) {
    return x.slice(0, 1, -1).matmul(w.mul(2)).relu();
  }

  @Kernel
  public static Tensor rowSpread(@Shape({"A", "B"}) Tensor x) {
    return x.max(1, true).sub(x.min(1, true)).add(x.sum(-1, false).unsqueeze(1));
  }

  @Kernel
  public static Tensor meanOfSums(@Shape({"A", "B"}) Tensor x) {
    return x.sum(-1, false).mean();
  }

  @Kernel
  public static Tensor middleAxis(@Shape({"C", "A", "B"}) Tensor x) {
    return x.sum(1, false).add(x.max(1, false)).sub(x.argmax(1, false).to(DType.F32));
  }

  @Kernel
  public static Tensor batchedBroadcast(@Shape({"C", "A", "K"}) Tensor x, @Shape({"K", "B"}) Tensor w,
      @Shape({"C", "B", "K"}) Tensor v) {
    return x.matmul(w).add(x.matmul(v.transpose(1, 2)));
  }

  @Kernel
  public static Tensor leftBroadcast(@Shape({"A", "K"}) Tensor x, @Shape({"C", "K", "B"}) Tensor w) {
    return x.matmul(w).tanh();
  }

  @Kernel
  public static Tensor branches(@Shape({"A", "B"}) Tensor x, double s) {
    Tensor y;
    if (s > 0) {
      y = x.mul(s).sigmoid();
    } else {
      y = x.neg().exp();
    }
    return s > 1 ? y.add(1) : y.sub(x);
  }

  @Kernel
  public static Tensor unrolled(@Shape({"A", "B"}) Tensor x) {
    Tensor acc = Tensor.zeros(DType.F32, 1);
    for (int i = 1; i <= 4; i++) {
      acc = acc.add(x.pow(i).div(i));
    }
    return acc;
  }

  @Kernel
  public static Tensor bytesWrap(@Shape(value = {"A", "B"}, dtype = DType.I8) Tensor x) {
    return x.mul(x).add(x.mul(7)).sub(x.square());
  }

  @Kernel
  public static Tensor halfChain(@Shape(value = {"A", "B"}, dtype = DType.F16) Tensor x) {
    Tensor e = x.sub(x.max(1, true)).exp();
    return e.div(e.sum(1, true)).to(DType.F32);
  }

  @Kernel
  public static Tensor maskedFill(@Shape({"A", "B"}) Tensor x) {
    return Tensor.where(x.gt(0).eq(x.lt(1)), x, Tensor.full(DType.F32, -1e4, 1)).sum(1, true);
  }

  @Kernel
  public static Tensor transposeReduce(@Shape({"A", "B"}) Tensor x) {
    return x.t().exp().sum(1, false);
  }

  @Kernel
  public static Tensor scalarItem(@Shape({"A", "B"}) Tensor x) {
    double total = x.abs().sum().item();
    return x.div(total + 1.0);
  }

  @Kernel
  public static Tensor rank3Layernorm(@Shape({"C", "A", "B"}) Tensor x, @Shape({"B"}) Tensor g) {
    Tensor c = x.sub(x.mean(-1, true));
    return c.mul(c.square().mean(-1, true).add(1e-5).rsqrt()).mul(g);
  }

  @Kernel
  public static Tensor squareRowBroadcast(@Shape({"A", "A"}) Tensor x) {
    return x.sub(x.sum(1, false)).add(x.max(-1, true));
  }

  @Kernel
  public static Tensor squareTransposedRows(@Shape({"A", "A"}) Tensor x) {
    Tensor e = x.sub(x.max(1, true)).exp();
    Tensor p = e.div(e.sum(1, true));
    return p.t().sum(1, true).add(p.t());
  }
}
