package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Broadcasts that only the run time can decide: different symbols, and slices one wide. */
public final class Broadcasting {
  private Broadcasting() {}

  @Kernel
  public static Tensor firstColumn(@Shape({"N", "D"}) Tensor x) {
    return x.sub(x.slice(1, 0, 1));
  }

  @Kernel
  public static Tensor lastColumns(@Shape({"N", "D"}) Tensor x) {
    return x.sub(x.slice(1, -1, Long.MAX_VALUE)).mul(x.slice(1, -2, -1));
  }

  @Kernel
  public static Tensor rows(@Shape({"N", "D"}) Tensor x, @Shape({"M", "D"}) Tensor y) {
    return x.add(y).exp();
  }

  @Kernel
  public static Tensor outerSum(@Shape({"N", "1"}) Tensor x, @Shape({"M"}) Tensor y) {
    return x.mul(y).sum(1, false);
  }

  @Kernel
  public static Tensor select3(@Shape(value = {"A"}, dtype = DType.BOOL) Tensor c,
      @Shape({"B", "1"}) Tensor a, @Shape({"C"}) Tensor b) {
    return Tensor.where(c, a, b);
  }

  /** The same broadcast written two ways on the two sides of a branch has one type. */
  @Kernel
  public static Tensor eitherWay(@Shape({"N", "D"}) Tensor x, @Shape({"M", "D"}) Tensor y,
      @Shape({"K", "D"}) Tensor z, int s) {
    return s > 0 ? x.add(y).add(z) : z.add(y.sub(x));
  }

  /** broadcastTo a shape whose dims the source matches only at run time (or is 1 along). */
  @Kernel
  public static Tensor toRowsOf(@Shape({"M", "D"}) Tensor b, @Shape({"N", "E"}) Tensor x) {
    return b.broadcastTo(x.dim(0), x.dim(1)).add(x);
  }

  @Kernel
  public static Tensor toFixed(@Shape({"M"}) Tensor b) {
    return b.broadcastTo(2, 4).mul(3);
  }

  /** Batch dims that broadcast at run time, as numpy.matmul's do. */
  @Kernel
  public static Tensor batchedProduct(@Shape({"B", "N", "K"}) Tensor a, @Shape({"C", "K", "M"}) Tensor b) {
    return a.matmul(b).add(1);
  }
}
