package dev.strata.examples;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Kernels far larger than a person would write, to keep generated code within the JVM's limits. */
public final class Big {
  private Big() {}

  /** 600 elementwise ops in one fused loop, from an unrolled loop. */
  @Kernel
  public static Tensor longChain(@Shape({"N", "D"}) Tensor x, @Shape({"D"}) Tensor b) {
    Tensor y = x;
    for (int i = 0; i < 200; i++) {
      y = y.mul(0.999).add(b).tanh();
    }
    return y;
  }

  /** 240 ops with reductions in between: many groups and loops. */
  @Kernel
  public static Tensor manyGroups(@Shape({"N", "D"}) Tensor x) {
    Tensor y = x;
    for (int i = 0; i < 60; i++) {
      y = y.sub(y.mean(1, true)).mul(0.5).add(y.max(0, true));
    }
    return y;
  }

  /**
   * 4,096 ops fused by the user's hand into one chain: deeper than javac's stack lets a recursive
   * lowering go, and longer than one JVM method may be, so it is lowered on a large stack and
   * split into groups of at most a few hundred ops.
   */
  @Kernel
  public static Tensor deepChain(@Shape({"N", "D"}) Tensor x) {
    Tensor y = x;
    for (int i = 0; i < 1024; i++) {
      y = y.mul(0.999).add(x.sum(-1, true).mul(1e-6)).tanh();
    }
    return y;
  }

  /** Sizes and values of intermediate results used as scalars: they exist once those are computed. */
  @Kernel
  public static Tensor scalarsOfIntermediates(@Shape({"N", "D"}) Tensor x) {
    Tensor t = x.mul(0.5);
    long rows = t.dim(0);
    double total = t.sum().item();
    return t.add(rows).add(t.numel()).div(total);
  }

  /** Each step reads the last value twice: fusion walks this diamond chain once, not once per path. */
  @Kernel
  public static Tensor diamondChain(@Shape({"N"}) Tensor x) {
    Tensor t = x;
    for (int i = 0; i < 300; i++) {
      t = t.mul(0.5).add(t.sigmoid());
    }
    return t;
  }

  /** Softmax after softmax: each row reduction recomputes the growing chain before it. */
  @Kernel
  public static Tensor stackedSoftmax(@Shape({"N", "D"}) Tensor x) {
    Tensor h = x;
    for (int i = 0; i < 40; i++) {
      Tensor e = h.sub(h.max(1, true)).exp();
      h = e.div(e.sum(1, true)).add(x);
    }
    return h;
  }

  /** Sixty row maxima of a chain that grows by one op each time. */
  @Kernel
  public static Tensor manyRowMaxima(@Shape({"N", "D"}) Tensor x) {
    Tensor h = x;
    Tensor acc = x.sum(1, true);
    for (int i = 0; i < 60; i++) {
      h = h.add(0.01);
      acc = acc.add(h.max(1, true));
    }
    return h.sub(acc);
  }
}
