package dev.strata.examples;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Slices whose bounds are sizes computed from the input's dims, as well as constants. */
public final class Slicing {
  private Slicing() {}

  /** A gated linear unit: the first half of each row times the sigmoid of the second. */
  @Kernel
  public static Tensor glu(@Shape({"N", "D"}) Tensor x) {
    long half = x.dim(1) / 2;
    return x.slice(1, 0, half).mul(x.slice(1, half, 2 * half).sigmoid());
  }

  /** Every row but the first, by a bound that is the axis itself. */
  @Kernel
  public static Tensor dropFirstRow(@Shape({"N", "D"}) Tensor x) {
    return x.slice(0, 1, x.dim(0));
  }

  /** The middle third of each row, bounds from a product and a quotient. */
  @Kernel
  public static Tensor middleThird(@Shape({"N", "D"}) Tensor x) {
    return x.slice(-1, x.dim(1) / 3, 2 * x.dim(1) / 3).sum(1, true);
  }

  /** Bounds past the axis clamp, and a start past the end gives an empty axis. */
  @Kernel
  public static Tensor clamped(@Shape({"N", "D"}) Tensor x) {
    Tensor all = x.slice(0, 0, x.dim(0) * 2 + 3);
    Tensor none = x.slice(1, x.dim(1), 1);
    return all.add(none.sum(1, true));
  }

  /** A bound mixing two tensors' dims and the element count. */
  @Kernel
  public static Tensor firstRowsOfFlat(@Shape({"N", "D"}) Tensor x, @Shape({"K"}) Tensor k) {
    return x.reshape(-1).slice(0, k.dim(0), x.numel() / 2 + k.dim(0));
  }

  /** The dims of a slice are sizes like any other: bounds built from them are exact. */
  @Kernel
  public static Tensor halfOfTail(@Shape({"N", "D"}) Tensor x) {
    Tensor tail = x.slice(1, x.dim(1) / 4, x.dim(1));
    Tensor rest = x.slice(1, 1, x.dim(1));
    return tail.slice(1, 0, tail.dim(1) / 2).sum(1, true).add(rest.slice(1, 0, rest.dim(1)).sum(1, true))
        .add(x.slice(1, 0, -1).slice(1, 0, x.dim(1) - x.dim(1) / 2).sum(1, true));
  }
}
