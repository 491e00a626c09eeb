package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Neural-network building blocks written once, run eagerly here and compiled in {@code NnKernels}. */
public final class Nn {
  private Nn() {}

  /** Row-wise softmax: {@code exp(x - max) / sum(exp(x - max))}. */
  @Kernel
  public static Tensor softmax(@Shape({"N", "D"}) Tensor x) {
    Tensor e = x.sub(x.max(1, true)).exp();
    return e.div(e.sum(1, true));
  }

  /** Layer normalisation over the last axis, with a learned scale and shift. */
  @Kernel
  public static Tensor layernorm(@Shape({"N", "D"}) Tensor x, @Shape({"D"}) Tensor gamma,
      @Shape({"D"}) Tensor beta) {
    Tensor centered = x.sub(x.mean(1, true));
    Tensor variance = centered.square().mean(1, true);
    return centered.mul(variance.add(1e-5).rsqrt()).mul(gamma).add(beta);
  }

  /** A two-layer perceptron with a GELU between the layers. */
  @Kernel
  public static Tensor geluMlp(@Shape({"B", "I"}) Tensor x, @Shape({"I", "H"}) Tensor w1,
      @Shape({"H"}) Tensor b1, @Shape({"H", "O"}) Tensor w2) {
    return x.matmul(w1).add(b1).gelu().matmul(w2);
  }

  /** {@code a * x + y}. */
  @Kernel
  public static Tensor saxpy(float a, @Shape({"N"}) Tensor x, @Shape({"N"}) Tensor y) {
    return x.mul(a).add(y);
  }

  /** GELU alone, elementwise. */
  @Kernel
  public static Tensor gelu(@Shape({"N"}) Tensor x) {
    return x.gelu();
  }

  /** Batched scaled dot-product attention: {@code softmax(q kᵀ * scale) v}. */
  @Kernel
  public static Tensor attention(@Shape({"B", "T", "D"}) Tensor q, @Shape({"B", "S", "D"}) Tensor k,
      @Shape({"B", "S", "E"}) Tensor v, float scale) {
    Tensor scores = q.matmul(k.transpose(1, 2)).mul(scale);
    return softmax3(scores).matmul(v);
  }

  /** Softmax over the last axis of a rank-3 tensor; inlined into {@link #attention}. */
  @Kernel
  public static Tensor softmax3(@Shape({"B", "T", "S"}) Tensor s) {
    Tensor e = s.sub(s.max(2, true)).exp();
    return e.div(e.sum(2, true));
  }

  /** A plain matrix product. */
  @Kernel
  public static Tensor matmul(@Shape({"M", "K"}) Tensor a, @Shape({"K", "N"}) Tensor b) {
    return a.matmul(b);
  }

  /** Mean squared error between predictions and targets, in double precision. */
  @Kernel
  public static Tensor mse(@Shape(value = {"N"}, dtype = DType.F64) Tensor predicted,
      @Shape(value = {"N"}, dtype = DType.F64) Tensor target) {
    return predicted.sub(target).square().mean();
  }
}
