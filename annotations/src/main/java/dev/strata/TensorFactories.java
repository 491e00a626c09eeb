package dev.strata;

import dev.strata.internal.RandomStream;
import java.util.Objects;

/** The element loops behind {@link Tensor}'s static factories. */
final class TensorFactories {
  private TensorFactories() {}

  /** A tensor over an array the caller has already copied, checked against the shape. */
  static Tensor fromArray(DType dtype, Object copy, int length, long[] shape) {
    long[] dims = checkedShape("of", shape);
    int numel = ShapeMath.numel(dims);
    if (length != numel) {
      throw new IllegalArgumentException(
          "of: data length "
              + length
              + " does not match shape "
              + ShapeMath.format(dims)
              + " ("
              + numel
              + " elements)");
    }
    return new Tensor(dtype, dims, copy);
  }

  /** {@code value} everywhere; {@code op} (full, zeros, ones) names the caller in errors. */
  static Tensor full(String op, DType dtype, double value, long[] shape) {
    Objects.requireNonNull(dtype, "dtype");
    long[] dims = checkedShape(op, shape);
    int numel = ShapeMath.numel(dims);
    Object out = Storage.allocate(dtype, numel);
    for (int i = 0; i < numel; i++) {
      Storage.setDouble(dtype, out, i, value);
    }
    return new Tensor(dtype, dims, out);
  }

  static Tensor arange(DType dtype, long n) {
    Objects.requireNonNull(dtype, "dtype");
    long[] dims = checkedShape("arange", new long[] {n});
    Object out = Storage.allocate(dtype, (int) n);
    for (int i = 0; i < n; i++) {
      Storage.setInt(dtype, out, i, i);
    }
    return new Tensor(dtype, dims, out);
  }

  static Tensor rand(long seed, DType dtype, long[] shape) {
    Objects.requireNonNull(dtype, "dtype");
    long[] dims = checkedShape("rand", shape);
    int numel = ShapeMath.numel(dims);
    Object out = Storage.allocate(dtype, numel);
    for (int i = 0; i < numel; i++) {
      Storage.setDouble(dtype, out, i, RandomStream.uniform(seed, i, dtype));
    }
    return new Tensor(dtype, dims, out);
  }

  static Tensor randn(long seed, DType dtype, long[] shape) {
    Objects.requireNonNull(dtype, "dtype");
    long[] dims = checkedShape("randn", shape);
    int numel = ShapeMath.numel(dims);
    Object out = Storage.allocate(dtype, numel);
    for (int i = 0; i < numel; i++) {
      Storage.setDouble(dtype, out, i, RandomStream.normal(seed, i));
    }
    return new Tensor(dtype, dims, out);
  }

  /** A validated private copy of a caller's shape. */
  private static long[] checkedShape(String op, long[] shape) {
    long[] dims = Objects.requireNonNull(shape, "shape").clone();
    ShapeMath.checkedNumel(op, dims);
    return dims;
  }
}
