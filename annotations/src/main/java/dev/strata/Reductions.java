package dev.strata;

/**
 * The reductions {@code sum mean max min} along one axis or over all elements, and {@code argmax}.
 *
 * <p>A reduction along {@code axis} views the tensor as {@code [outer, n, inner]}, with {@code n}
 * the size of the axis, and folds the {@code n} elements of each {@code (outer, inner)} pair in
 * increasing index order. A reduction over all elements folds the whole tensor in row-major order.
 */
final class Reductions {
  /** The foldable reductions. */
  enum Kind {
    SUM("sum"),
    MEAN("mean"),
    MAX("max"),
    MIN("min");

    private final String opName;

    Kind(String opName) {
      this.opName = opName;
    }

    String opName() {
      return opName;
    }

    /** Whether the reduction has no value over zero elements. */
    boolean needsElements() {
      return this == MAX || this == MIN;
    }
  }

  private Reductions() {}

  /** {@code kind} along {@code axis}, which may be negative. */
  static Tensor reduce(Kind kind, Tensor t, int axis, boolean keepDim) {
    String name = kind.opName();
    checkDtype(kind, t);
    int ax = ShapeMath.normalizeAxis(name, axis, t.shape.length);
    long n = t.shape[ax];
    if (n == 0 && kind.needsElements()) {
      throw zeroSizeAxis(name, ax, t.shape);
    }
    long[] outShape = ShapeMath.reducedShape(t.shape, ax, keepDim);
    return fold(kind, t, outer(t.shape, ax), (int) n, inner(t.shape, ax), outShape);
  }

  /** {@code kind} over all elements, giving a rank-0 tensor. */
  static Tensor reduceAll(Kind kind, Tensor t) {
    checkDtype(kind, t);
    int numel = t.numelInt();
    if (numel == 0 && kind.needsElements()) {
      throw new IllegalArgumentException(
          kind.opName() + ": cannot reduce the zero-size shape " + ShapeMath.format(t.shape));
    }
    return fold(kind, t, 1, numel, 1, new long[0]);
  }

  /** The I32 index of the first maximum along {@code axis}; a NaN is the maximum. */
  static Tensor argmax(Tensor t, int axis, boolean keepDim) {
    if (t.dtype == DType.BOOL) {
      throw new IllegalArgumentException("argmax: not defined for BOOL");
    }
    int ax = ShapeMath.normalizeAxis("argmax", axis, t.shape.length);
    int n = (int) t.shape[ax];
    if (n == 0) {
      throw zeroSizeAxis("argmax", ax, t.shape);
    }
    int outer = outer(t.shape, ax);
    int inner = inner(t.shape, ax);
    int[] out = new int[outer * inner];
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < inner; j++) {
        int base = o * n * inner + j;
        out[o * inner + j] =
            t.dtype.isFloating()
                ? argmaxDouble(t.dtype, t.data(), base, n, inner)
                : argmaxInt(t.dtype, t.data(), base, n, inner);
      }
    }
    return new Tensor(DType.I32, ShapeMath.reducedShape(t.shape, ax, keepDim), out);
  }

  private static Tensor fold(Kind kind, Tensor t, int outer, int n, int inner, long[] outShape) {
    DType dtype = t.dtype;
    Object out = Storage.allocate(dtype, outer * inner);
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < inner; j++) {
        int base = o * n * inner + j;
        int target = o * inner + j;
        if (dtype.isFloating()) {
          Storage.setDouble(dtype, out, target, foldDouble(kind, dtype, t.data(), base, n, inner));
        } else {
          Storage.setInt(dtype, out, target, foldInt(kind, dtype, t.data(), base, n, inner));
        }
      }
    }
    return new Tensor(dtype, outShape, out);
  }

  private static double foldDouble(Kind kind, DType dtype, Object data, int base, int n, int step) {
    return switch (kind) {
      case SUM -> sumDouble(dtype, data, base, n, step);
      case MEAN -> sumDouble(dtype, data, base, n, step) / n;
      case MAX, MIN -> {
        double acc = Storage.getDouble(dtype, data, base);
        for (int k = 1; k < n; k++) {
          double x = Storage.getDouble(dtype, data, base + k * step);
          acc = kind == Kind.MAX ? Math.max(acc, x) : Math.min(acc, x);
        }
        yield acc;
      }
    };
  }

  private static double sumDouble(DType dtype, Object data, int base, int n, int step) {
    double acc = 0.0;
    for (int k = 0; k < n; k++) {
      acc += Storage.getDouble(dtype, data, base + k * step);
    }
    return acc;
  }

  private static int foldInt(Kind kind, DType dtype, Object data, int base, int n, int step) {
    int acc = kind == Kind.SUM ? 0 : Storage.getInt(dtype, data, base);
    for (int k = kind == Kind.SUM ? 0 : 1; k < n; k++) {
      int x = Storage.getInt(dtype, data, base + k * step);
      acc =
          switch (kind) {
            case SUM -> acc + x;
            case MAX -> Math.max(acc, x);
            case MIN -> Math.min(acc, x);
            case MEAN -> throw new IllegalStateException("mean of an integer tensor");
          };
    }
    return acc;
  }

  private static int argmaxDouble(DType dtype, Object data, int base, int n, int step) {
    int best = 0;
    double bestValue = Storage.getDouble(dtype, data, base);
    for (int k = 1; k < n && !Double.isNaN(bestValue); k++) {
      double x = Storage.getDouble(dtype, data, base + k * step);
      if (Double.isNaN(x) || x > bestValue) {
        best = k;
        bestValue = x;
      }
    }
    return best;
  }

  private static int argmaxInt(DType dtype, Object data, int base, int n, int step) {
    int best = 0;
    int bestValue = Storage.getInt(dtype, data, base);
    for (int k = 1; k < n; k++) {
      int x = Storage.getInt(dtype, data, base + k * step);
      if (x > bestValue) {
        best = k;
        bestValue = x;
      }
    }
    return best;
  }

  private static void checkDtype(Kind kind, Tensor t) {
    if (t.dtype == DType.BOOL) {
      throw new IllegalArgumentException(kind.opName() + ": not defined for BOOL");
    }
    if (kind == Kind.MEAN && !t.dtype.isFloating()) {
      throw new IllegalArgumentException("mean: requires a floating dtype, got " + t.dtype);
    }
  }

  private static IllegalArgumentException zeroSizeAxis(String op, int axis, long[] shape) {
    return new IllegalArgumentException(
        op
            + ": cannot reduce over axis "
            + axis
            + " of size 0 in shape "
            + ShapeMath.format(shape));
  }

  private static int outer(long[] shape, int axis) {
    long product = 1;
    for (int i = 0; i < axis; i++) {
      product *= shape[i];
    }
    return (int) product;
  }

  private static int inner(long[] shape, int axis) {
    long product = 1;
    for (int i = axis + 1; i < shape.length; i++) {
      product *= shape[i];
    }
    return (int) product;
  }
}
