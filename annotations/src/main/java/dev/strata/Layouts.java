package dev.strata;

/**
 * The operations that only move elements: transposes, reshapes, broadcasts and slices. Each returns
 * a tensor with its own contiguous storage.
 */
final class Layouts {
  private Layouts() {}

  static Tensor transpose(Tensor t, int a, int b) {
    int rank = t.shape.length;
    int first = ShapeMath.normalizeAxis("transpose", a, rank);
    int second = ShapeMath.normalizeAxis("transpose", b, rank);
    long[] shape = t.shape.clone();
    shape[first] = t.shape[second];
    shape[second] = t.shape[first];
    int[] steps = ShapeMath.strides(t.shape);
    int swapped = steps[first];
    steps[first] = steps[second];
    steps[second] = swapped;
    return gather(t, shape, ShapeMath.stridedIndices(shape, steps, 0));
  }

  static Tensor t(Tensor t) {
    return switch (t.shape.length) {
      case 0, 1 -> copy(t);
      case 2 -> transpose(t, 0, 1);
      default ->
          throw new IllegalArgumentException(
              "t: expects a tensor of rank <= 2, got rank "
                  + t.shape.length
                  + " (shape "
                  + ShapeMath.format(t.shape)
                  + "); use transpose(a, b)");
    };
  }

  static Tensor reshape(Tensor t, long[] requested) {
    int inferred = -1;
    for (int axis = 0; axis < requested.length; axis++) {
      if (requested[axis] == -1) {
        if (inferred >= 0) {
          throw new IllegalArgumentException(
              "reshape: at most one -1 allowed, got " + ShapeMath.format(requested));
        }
        inferred = axis;
      } else if (requested[axis] < 0) {
        throw new IllegalArgumentException(
            "reshape: invalid dimension " + requested[axis] + " in " + ShapeMath.format(requested));
      }
    }
    long[] shape = requested.clone();
    int numel = t.numelInt();
    if (inferred >= 0) {
      shape[inferred] = 1;
      int known = ShapeMath.checkedNumel("reshape", shape);
      if (known == 0) {
        throw new IllegalArgumentException(
            "reshape: cannot infer -1 in "
                + ShapeMath.format(requested)
                + " when the other dims multiply to 0: any size would fit");
      }
      if (numel % known != 0) {
        throw mismatch(t, requested);
      }
      shape[inferred] = numel / known;
    }
    if (ShapeMath.checkedNumel("reshape", shape) != numel) {
      throw mismatch(t, requested);
    }
    return new Tensor(t.dtype, shape, Storage.copy(t.data()));
  }

  static Tensor unsqueeze(Tensor t, int axis) {
    int rank = t.shape.length;
    int at = ShapeMath.normalizeAxis("unsqueeze", axis, rank, rank + 1);
    long[] shape = new long[rank + 1];
    System.arraycopy(t.shape, 0, shape, 0, at);
    shape[at] = 1;
    System.arraycopy(t.shape, at, shape, at + 1, rank - at);
    return new Tensor(t.dtype, shape, Storage.copy(t.data()));
  }

  static Tensor squeeze(Tensor t, int axis) {
    int at = ShapeMath.normalizeAxis("squeeze", axis, t.shape.length);
    if (t.shape[at] != 1) {
      throw new IllegalArgumentException(
          "squeeze: axis "
              + axis
              + " has size "
              + t.shape[at]
              + ", not 1, in shape "
              + ShapeMath.format(t.shape));
    }
    return new Tensor(t.dtype, ShapeMath.reducedShape(t.shape, at, false), Storage.copy(t.data()));
  }

  static Tensor broadcastTo(Tensor t, long[] target) {
    long[] shape = target.clone();
    ShapeMath.checkedNumel("broadcastTo", shape);
    if (!ShapeMath.broadcastsTo(t.shape, shape)) {
      throw new IllegalArgumentException(
          "broadcastTo: shape "
              + ShapeMath.format(t.shape)
              + " cannot be broadcast to "
              + ShapeMath.format(shape));
    }
    return gather(t, shape, ShapeMath.broadcastIndices(t.shape, shape));
  }

  static Tensor slice(Tensor t, int axis, long start, long end) {
    int at = ShapeMath.normalizeAxis("slice", axis, t.shape.length);
    long size = t.shape[at];
    long from = clampSliceBound(start, size);
    long to = clampSliceBound(end, size);
    long[] shape = t.shape.clone();
    shape[at] = Math.max(0, to - from);
    int[] steps = ShapeMath.strides(t.shape);
    return gather(t, shape, ShapeMath.stridedIndices(shape, steps, (int) from * steps[at]));
  }

  /** A Python slice bound: negative counts from the end, then clamped to {@code [0, size]}. */
  private static long clampSliceBound(long bound, long size) {
    long fromStart = bound < 0 ? bound + size : bound;
    return Math.clamp(fromStart, 0, size);
  }

  static Tensor copy(Tensor t) {
    return new Tensor(t.dtype, t.shape, Storage.copy(t.data()));
  }

  /** The tensor of shape {@code shape} whose element {@code i} is element {@code from[i]} of t. */
  private static Tensor gather(Tensor t, long[] shape, int[] from) {
    Object out = Storage.allocate(t.dtype, from.length);
    for (int i = 0; i < from.length; i++) {
      Storage.copyElement(t.data(), from[i], out, i);
    }
    return new Tensor(t.dtype, shape, out);
  }

  private static IllegalArgumentException mismatch(Tensor t, long[] requested) {
    return new IllegalArgumentException(
        "reshape: cannot reshape "
            + ShapeMath.format(t.shape)
            + " ("
            + t.numelInt()
            + " elements) into "
            + ShapeMath.format(requested));
  }
}
