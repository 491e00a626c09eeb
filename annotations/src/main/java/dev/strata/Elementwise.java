package dev.strata;

/**
 * The elementwise operations: broadcasting binary arithmetic, comparisons, select, unary, casts.
 */
final class Elementwise {
  private Elementwise() {}

  /** {@code op} applied to the broadcast of {@code a} and {@code b}; both have one dtype. */
  static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
    String name = op.opName();
    requireSameDtype(name, a, b);
    DType dtype = a.dtype;
    if (dtype == DType.BOOL) {
      throw new IllegalArgumentException(name + ": arithmetic is not defined for BOOL");
    }
    long[] shape = ShapeMath.broadcast(name, a.shape, b.shape);
    int[] ia = ShapeMath.broadcastIndices(a.shape, shape);
    int[] ib = ShapeMath.broadcastIndices(b.shape, shape);
    Object out = Storage.allocate(dtype, ia.length);
    if (dtype.isFloating()) {
      for (int i = 0; i < ia.length; i++) {
        double x = Storage.getDouble(dtype, a.data(), ia[i]);
        double y = Storage.getDouble(dtype, b.data(), ib[i]);
        Storage.setDouble(dtype, out, i, op.apply(x, y));
      }
    } else {
      for (int i = 0; i < ia.length; i++) {
        int x = Storage.getInt(dtype, a.data(), ia[i]);
        int y = Storage.getInt(dtype, b.data(), ib[i]);
        Storage.setInt(dtype, out, i, op.apply(x, y));
      }
    }
    return new Tensor(dtype, shape, out);
  }

  /** {@code op} applied to the broadcast of {@code a} and {@code b}, as a BOOL tensor. */
  static Tensor compare(CompareOp op, Tensor a, Tensor b) {
    String name = op.opName();
    requireSameDtype(name, a, b);
    DType dtype = a.dtype;
    long[] shape = ShapeMath.broadcast(name, a.shape, b.shape);
    int[] ia = ShapeMath.broadcastIndices(a.shape, shape);
    int[] ib = ShapeMath.broadcastIndices(b.shape, shape);
    Object out = Storage.allocate(DType.BOOL, ia.length);
    for (int i = 0; i < ia.length; i++) {
      boolean result =
          dtype.isFloating()
              ? op.test(
                  Storage.getDouble(dtype, a.data(), ia[i]), Storage.getDouble(dtype, b.data(), ib[i]))
              : op.test(Storage.getInt(dtype, a.data(), ia[i]), Storage.getInt(dtype, b.data(), ib[i]));
      Storage.setBool(out, i, result);
    }
    return new Tensor(DType.BOOL, shape, out);
  }

  /** Elements of {@code a} where {@code cond} is true, else of {@code b}, all three broadcast. */
  static Tensor where(Tensor cond, Tensor a, Tensor b) {
    if (cond.dtype != DType.BOOL) {
      throw new IllegalArgumentException("where: condition must be BOOL, got " + cond.dtype);
    }
    requireSameDtype("where", a, b);
    long[] shape;
    try {
      shape = ShapeMath.broadcast("where", ShapeMath.broadcast("where", cond.shape, a.shape), b.shape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("where: shapes " + ShapeMath.format(cond.shape) + " (cond), "
          + ShapeMath.format(a.shape) + " (a) and " + ShapeMath.format(b.shape) + " (b) cannot be broadcast together", e);
    }
    int[] ic = ShapeMath.broadcastIndices(cond.shape, shape);
    int[] ia = ShapeMath.broadcastIndices(a.shape, shape);
    int[] ib = ShapeMath.broadcastIndices(b.shape, shape);
    Object out = Storage.allocate(a.dtype, ic.length);
    byte[] condition = (byte[]) cond.data();
    for (int i = 0; i < ic.length; i++) {
      if (condition[ic[i]] != 0) {
        Storage.copyElement(a.data(), ia[i], out, i);
      } else {
        Storage.copyElement(b.data(), ib[i], out, i);
      }
    }
    return new Tensor(a.dtype, shape, out);
  }

  /** {@code op} applied to each element of {@code t}. */
  static Tensor unary(UnaryOp op, Tensor t) {
    String name = op.opName();
    DType dtype = t.dtype;
    if (dtype == DType.BOOL) {
      throw new IllegalArgumentException(name + ": not defined for BOOL");
    }
    if (dtype.isInteger() && !op.integerSupported()) {
      throw new IllegalArgumentException(name + ": requires a floating dtype, got " + dtype);
    }
    int numel = t.numelInt();
    Object out = Storage.allocate(dtype, numel);
    if (dtype.isFloating()) {
      for (int i = 0; i < numel; i++) {
        Storage.setDouble(dtype, out, i, op.apply(Storage.getDouble(dtype, t.data(), i)));
      }
    } else {
      for (int i = 0; i < numel; i++) {
        Storage.setInt(dtype, out, i, op.apply(Storage.getInt(dtype, t.data(), i)));
      }
    }
    return new Tensor(dtype, t.shape, out);
  }

  /**
   * {@code t} converted element by element to {@code target}, with the rules of {@link Storage}.
   */
  static Tensor convert(Tensor t, DType target) {
    DType source = t.dtype;
    int numel = t.numelInt();
    Object out = Storage.allocate(target, numel);
    for (int i = 0; i < numel; i++) {
      if (source.isFloating()) {
        Storage.setDouble(target, out, i, Storage.getDouble(source, t.data(), i));
      } else {
        Storage.setInt(target, out, i, Storage.getInt(source, t.data(), i));
      }
    }
    return new Tensor(target, t.shape, out);
  }

  /** Rejects operands of different dtypes, naming the op and both dtypes. */
  static void requireSameDtype(String op, Tensor a, Tensor b) {
    if (a.dtype != b.dtype) {
      throw new IllegalArgumentException(
          op + ": operand dtypes " + a.dtype + " and " + b.dtype + " differ");
    }
  }
}
