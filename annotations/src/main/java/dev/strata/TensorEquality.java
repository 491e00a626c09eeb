package dev.strata;

import java.util.Arrays;

/** {@link Tensor#equals}, {@link Tensor#hashCode} and {@link Tensor#allClose}. */
final class TensorEquality {
  private TensorEquality() {}

  /**
   * Same dtype, same shape and the same bits in every element (NaN payloads and zero signs too).
   */
  static boolean identical(Tensor a, Tensor b) {
    if (a.dtype != b.dtype || !Arrays.equals(a.shape, b.shape)) {
      return false;
    }
    return switch (a.data()) {
      case float[] x -> Arrays.equals(rawBits(x), rawBits((float[]) b.data()));
      case double[] x -> Arrays.equals(rawBits(x), rawBits((double[]) b.data()));
      case short[] x -> Arrays.equals(x, (short[]) b.data());
      case int[] x -> Arrays.equals(x, (int[]) b.data());
      case byte[] x -> Arrays.equals(x, (byte[]) b.data());
      default -> throw new IllegalStateException("not a tensor storage: " + a.data().getClass());
    };
  }

  /** A hash consistent with {@link #identical}, stable across runs. */
  static int hash(Tensor t) {
    int content =
        switch (t.data()) {
          case float[] x -> Arrays.hashCode(rawBits(x));
          case double[] x -> Arrays.hashCode(rawBits(x));
          case short[] x -> Arrays.hashCode(x);
          case int[] x -> Arrays.hashCode(x);
          case byte[] x -> Arrays.hashCode(x);
          default -> throw new IllegalStateException("not a tensor storage: " + t.data().getClass());
        };
    return (31 * t.dtype.ordinal() + Arrays.hashCode(t.shape)) * 31 + content;
  }

  /** Elementwise {@code |a - b| <= atol + rtol * |b|} in {@code double}, see {@link Tensor}. */
  static boolean allClose(Tensor a, Tensor b, double rtol, double atol) {
    if (!Arrays.equals(a.shape, b.shape)) {
      return false;
    }
    int numel = a.numelInt();
    for (int i = 0; i < numel; i++) {
      if (!close(
          Storage.getDouble(a.dtype, a.data(), i),
          Storage.getDouble(b.dtype, b.data(), i),
          rtol,
          atol)) {
        return false;
      }
    }
    return true;
  }

  private static boolean close(double x, double y, double rtol, double atol) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.isNaN(x) && Double.isNaN(y);
    }
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return x == y;
    }
    return Math.abs(x - y) <= atol + rtol * Math.abs(y);
  }

  private static int[] rawBits(float[] values) {
    int[] bits = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Float.floatToRawIntBits(values[i]);
    }
    return bits;
  }

  private static long[] rawBits(double[] values) {
    long[] bits = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Double.doubleToRawLongBits(values[i]);
    }
    return bits;
  }
}
