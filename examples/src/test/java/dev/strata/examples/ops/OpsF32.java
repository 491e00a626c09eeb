package dev.strata.examples.ops;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/**
 * One kernel per op on F32 tensors, for the differential tests: each runs eagerly and compiled
 * (in {@code OpsF32Kernels}) on the same random inputs.
 */
public final class OpsF32 {
  private OpsF32() {}

  @Kernel
  public static Tensor add(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.add(y);
  }

  @Kernel
  public static Tensor sub(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.sub(y);
  }

  @Kernel
  public static Tensor mul(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.mul(y);
  }

  @Kernel
  public static Tensor div(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.div(y);
  }

  @Kernel
  public static Tensor pow(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.pow(y);
  }

  @Kernel
  public static Tensor maximum(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.maximum(y);
  }

  @Kernel
  public static Tensor minimum(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B"}, dtype = DType.F32) Tensor y) {
    return x.minimum(y);
  }

  @Kernel
  public static Tensor addScalar(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.add(3.0);
  }

  @Kernel
  public static Tensor mulParam(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, double s) {
    return x.mul(s);
  }

  @Kernel
  public static Tensor lt(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "1"}, dtype = DType.F32) Tensor y) {
    return x.lt(y);
  }

  @Kernel
  public static Tensor le(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "1"}, dtype = DType.F32) Tensor y) {
    return x.le(y);
  }

  @Kernel
  public static Tensor gt(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "1"}, dtype = DType.F32) Tensor y) {
    return x.gt(y);
  }

  @Kernel
  public static Tensor ge(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "1"}, dtype = DType.F32) Tensor y) {
    return x.ge(y);
  }

  @Kernel
  public static Tensor eq(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "1"}, dtype = DType.F32) Tensor y) {
    return x.eq(y);
  }

  @Kernel
  public static Tensor ne(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "1"}, dtype = DType.F32) Tensor y) {
    return x.ne(y);
  }

  @Kernel
  public static Tensor where(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A", "B"}, dtype = DType.F32) Tensor y) {
    return Tensor.where(x.gt(y), x, y.neg());
  }

  @Kernel
  public static Tensor neg(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.neg();
  }

  @Kernel
  public static Tensor abs(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.abs();
  }

  @Kernel
  public static Tensor relu(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.relu();
  }

  @Kernel
  public static Tensor square(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.square();
  }

  @Kernel
  public static Tensor sumLast(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sum(-1, true);
  }

  @Kernel
  public static Tensor sumFirst(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sum(0, false);
  }

  @Kernel
  public static Tensor sumAll(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sum();
  }

  @Kernel
  public static Tensor maxLast(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.max(-1, true);
  }

  @Kernel
  public static Tensor maxFirst(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.max(0, false);
  }

  @Kernel
  public static Tensor maxAll(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.max();
  }

  @Kernel
  public static Tensor minLast(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.min(-1, true);
  }

  @Kernel
  public static Tensor minFirst(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.min(0, false);
  }

  @Kernel
  public static Tensor minAll(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.min();
  }

  @Kernel
  public static Tensor argmax(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.argmax(1, false);
  }

  @Kernel
  public static Tensor argmaxFirst(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.argmax(0, true);
  }

  @Kernel
  public static Tensor matmul(@Shape(value = {"A", "K"}, dtype = DType.F32) Tensor x, @Shape(value = {"K", "B"}, dtype = DType.F32) Tensor y) {
    return x.matmul(y);
  }

  @Kernel
  public static Tensor matmulBatched(@Shape(value = {"C", "A", "K"}, dtype = DType.F32) Tensor x, @Shape(value = {"K", "B"}, dtype = DType.F32) Tensor y) {
    return x.matmul(y);
  }

  @Kernel
  public static Tensor matmulVec(@Shape(value = {"A", "K"}, dtype = DType.F32) Tensor x, @Shape(value = {"K"}, dtype = DType.F32) Tensor y) {
    return x.matmul(y);
  }

  @Kernel
  public static Tensor matmulT(@Shape(value = {"A", "K"}, dtype = DType.F32) Tensor x, @Shape(value = {"B", "K"}, dtype = DType.F32) Tensor y) {
    return x.matmul(y.t());
  }

  @Kernel
  public static Tensor transposeAdd(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"B", "A"}, dtype = DType.F32) Tensor y) {
    return x.add(y.transpose(0, 1));
  }

  @Kernel
  public static Tensor transpose(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.t();
  }

  @Kernel
  public static Tensor reshape(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.reshape(-1).neg();
  }

  @Kernel
  public static Tensor unsqueeze(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x, @Shape(value = {"A"}, dtype = DType.F32) Tensor y) {
    return x.sub(y.unsqueeze(1));
  }

  @Kernel
  public static Tensor squeeze(@Shape(value = {"A", "1"}, dtype = DType.F32) Tensor x) {
    return x.squeeze(-1).abs();
  }

  @Kernel
  public static Tensor broadcastTo(@Shape(value = {"B"}, dtype = DType.F32) Tensor x) {
    return x.broadcastTo(3, x.dim(0)).neg();
  }

  @Kernel
  public static Tensor slice(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.slice(1, 1, -1).add(x.slice(1, 0, -2));
  }

  @Kernel
  public static Tensor toF64(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.to(DType.F64);
  }

  @Kernel
  public static Tensor toF16(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.to(DType.F16);
  }

  @Kernel
  public static Tensor toBF16(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.to(DType.BF16);
  }

  @Kernel
  public static Tensor toI32(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.to(DType.I32);
  }

  @Kernel
  public static Tensor toI8(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.to(DType.I8);
  }

  @Kernel
  public static Tensor toBOOL(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.to(DType.BOOL);
  }

  @Kernel
  public static Tensor exp(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.exp();
  }

  @Kernel
  public static Tensor log(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.log();
  }

  @Kernel
  public static Tensor sqrt(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sqrt();
  }

  @Kernel
  public static Tensor rsqrt(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.rsqrt();
  }

  @Kernel
  public static Tensor tanh(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.tanh();
  }

  @Kernel
  public static Tensor sigmoid(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sigmoid();
  }

  @Kernel
  public static Tensor gelu(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.gelu();
  }

  @Kernel
  public static Tensor erf(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.erf();
  }

  @Kernel
  public static Tensor sin(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sin();
  }

  @Kernel
  public static Tensor cos(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.cos();
  }

  @Kernel
  public static Tensor reciprocal(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.reciprocal();
  }

  @Kernel
  public static Tensor meanLast(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.mean(-1, true);
  }

  @Kernel
  public static Tensor meanAll(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.mean();
  }

  @Kernel
  public static Tensor softmax(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.sub(x.max(1, true)).exp().div(x.sub(x.max(1, true)).exp().sum(1, true));
  }

  @Kernel
  public static Tensor iota(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.add(Tensor.arange(DType.F32, x.dim(1)));
  }

  @Kernel
  public static Tensor fill(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.mul(Tensor.full(DType.F32, 0.5, 1, x.dim(1)));
  }

  @Kernel
  public static Tensor rand(@Shape(value = {"A", "B"}, dtype = DType.F32) Tensor x) {
    return x.add(Tensor.rand(42, DType.F32, x.dim(0), x.dim(1)));
  }
}
