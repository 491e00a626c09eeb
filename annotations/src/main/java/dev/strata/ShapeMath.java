package dev.strata;

import java.util.Arrays;
import java.util.Objects;

/** Shape arithmetic shared by the tensor operations: validation, axes, strides and broadcasting. */
final class ShapeMath {
  /**
   * The most elements a tensor holds: the longest array every JVM allocates (HotSpot refuses
   * arrays within a few elements of {@code Integer.MAX_VALUE}).
   */
  static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  private ShapeMath() {}

  /**
   * Checks that {@code shape} is a valid tensor shape and returns its element count. A valid shape
   * has non-negative dims whose nonzero ones multiply to at most {@link #MAX_ELEMENTS}: so the
   * element count fits in an {@code int}, and so does that of every shape derived from it by
   * dropping or shrinking dims, even when the shape holds a zero.
   *
   * @throws IllegalArgumentException naming {@code op} and the shape if it is not valid
   */
  static int checkedNumel(String op, long[] shape) {
    Objects.requireNonNull(shape, "shape");
    long nonzeroProduct = 1;
    boolean empty = false;
    for (long dim : shape) {
      if (dim < 0) {
        throw new IllegalArgumentException(
            op + ": negative dimension " + dim + " in shape " + format(shape));
      }
      if (dim == 0) {
        empty = true;
      } else if (dim > MAX_ELEMENTS / nonzeroProduct) {
        throw new IllegalArgumentException(
            op
                + ": shape "
                + format(shape)
                + " is too large: its nonzero dims must multiply to at most "
                + MAX_ELEMENTS
                + " elements");
      } else {
        nonzeroProduct *= dim;
      }
    }
    return empty ? 0 : (int) nonzeroProduct;
  }

  /** The element count of an already validated shape. */
  static int numel(long[] shape) {
    long numel = 1;
    for (long dim : shape) {
      numel *= dim;
    }
    return (int) numel;
  }

  /** Row-major strides, in elements, of an already validated shape. */
  static int[] strides(long[] shape) {
    int[] strides = new int[shape.length];
    int stride = 1;
    for (int axis = shape.length - 1; axis >= 0; axis--) {
      strides[axis] = stride;
      stride *= (int) shape[axis];
    }
    return strides;
  }

  /**
   * Maps a possibly negative axis of a rank-{@code rank} tensor to {@code [0, rank)}.
   *
   * @throws IllegalArgumentException naming the op, the axis and the rank if out of range
   */
  static int normalizeAxis(String op, int axis, int rank) {
    return normalizeAxis(op, axis, rank, rank);
  }

  /**
   * Maps an axis in {@code [-bound, bound)} to {@code [0, bound)}, where {@code bound} may exceed
   * {@code rank} (for {@code unsqueeze}, which may address one past the last axis).
   */
  static int normalizeAxis(String op, int axis, int rank, int bound) {
    if (axis < -bound || axis >= bound) {
      throw new IllegalArgumentException(
          op
              + ": axis "
              + axis
              + " out of range for rank "
              + rank
              + " (expected "
              + -bound
              + " <= axis < "
              + bound
              + ")");
    }
    return axis < 0 ? axis + bound : axis;
  }

  /**
   * The NumPy broadcast of two shapes: aligned from the right, each pair of dims must be equal or
   * contain a 1.
   *
   * @throws IllegalArgumentException like {@code add: shapes [2, 3] and [4] cannot be broadcast},
   *     or if the broadcast shape has too many elements
   */
  static long[] broadcast(String op, long[] a, long[] b) {
    long[] out = broadcastOrNull(a, b);
    if (out == null) {
      throw new IllegalArgumentException(
          op + ": shapes " + format(a) + " and " + format(b) + " cannot be broadcast");
    }
    checkedNumel(op, out);
    return out;
  }

  /** The NumPy broadcast of two shapes, or {@code null} if they do not broadcast. */
  static long[] broadcastOrNull(long[] a, long[] b) {
    int rank = Math.max(a.length, b.length);
    long[] out = new long[rank];
    for (int axis = 0; axis < rank; axis++) {
      long da = alignedDim(a, axis, rank);
      long db = alignedDim(b, axis, rank);
      if (da == db || db == 1) {
        out[axis] = da;
      } else if (da == 1) {
        out[axis] = db;
      } else {
        return null;
      }
    }
    return out;
  }

  /** Whether {@code from} broadcasts to exactly {@code to} under NumPy's rules. */
  static boolean broadcastsTo(long[] from, long[] to) {
    if (from.length > to.length) {
      return false;
    }
    int offset = to.length - from.length;
    for (int axis = 0; axis < from.length; axis++) {
      if (from[axis] != 1 && from[axis] != to[axis + offset]) {
        return false;
      }
    }
    return true;
  }

  /**
   * For each element of a tensor of shape {@code out}, in row-major order, the flat index of the
   * element of a tensor of shape {@code in} that broadcasts to it. {@code in} must broadcast to
   * {@code out}.
   */
  static int[] broadcastIndices(long[] in, long[] out) {
    int offset = out.length - in.length;
    int[] inStrides = strides(in);
    // Broadcast axes, the missing leading ones included, keep reading the same input element.
    int[] steps = new int[out.length];
    for (int axis = offset; axis < out.length; axis++) {
      steps[axis] = in[axis - offset] == 1 ? 0 : inStrides[axis - offset];
    }
    return stridedIndices(out, steps, 0);
  }

  /**
   * The flat indices {@code base + sum(counter[axis] * steps[axis])} for every multi-index {@code
   * counter} of {@code shape}, in row-major order: the element map of a strided view.
   */
  static int[] stridedIndices(long[] shape, int[] steps, int base) {
    int numel = numel(shape);
    int rank = shape.length;
    int[] indices = new int[numel];
    int[] counter = new int[rank];
    int position = base;
    for (int i = 0; i < numel; i++) {
      indices[i] = position;
      for (int axis = rank - 1; axis >= 0; axis--) {
        counter[axis]++;
        position += steps[axis];
        if (counter[axis] < shape[axis]) {
          break;
        }
        position -= steps[axis] * counter[axis];
        counter[axis] = 0;
      }
    }
    return indices;
  }

  /** {@code shape} with {@code axis} removed, or set to 1 if {@code keepDim}. */
  static long[] reducedShape(long[] shape, int axis, boolean keepDim) {
    if (keepDim) {
      long[] out = shape.clone();
      out[axis] = 1;
      return out;
    }
    long[] out = new long[shape.length - 1];
    System.arraycopy(shape, 0, out, 0, axis);
    System.arraycopy(shape, axis + 1, out, axis, shape.length - axis - 1);
    return out;
  }

  /** The shape as text, such as {@code [2, 3]}. */
  static String format(long[] shape) {
    return Arrays.toString(shape);
  }

  /** Dim {@code axis} of {@code shape} right-aligned to {@code rank} axes, 1 where missing. */
  private static long alignedDim(long[] shape, int axis, int rank) {
    int own = axis - (rank - shape.length);
    return own >= 0 ? shape[own] : 1;
  }
}
