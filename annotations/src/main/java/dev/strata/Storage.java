package dev.strata;

import dev.strata.internal.HalfFloats;

/**
 * Element access to the backing arrays of tensors: F32 {@code float[]}, F64 {@code double[]}, F16
 * and BF16 {@code short[]} bit patterns, I32 {@code int[]}, I8 and BOOL {@code byte[]}.
 *
 * <p>Every store converts exactly as {@link Tensor#to} does, so the rounding and wrapping rules
 * live here and nowhere else.
 */
final class Storage {
  private Storage() {}

  /** A zero-filled array of {@code length} elements of {@code dtype}. */
  static Object allocate(DType dtype, int length) {
    return switch (dtype) {
      case F32 -> new float[length];
      case F64 -> new double[length];
      case F16, BF16 -> new short[length];
      case I32 -> new int[length];
      case I8, BOOL -> new byte[length];
    };
  }

  /** The Java array class that backs {@code dtype}. */
  static Class<?> arrayClass(DType dtype) {
    return switch (dtype) {
      case F32 -> float[].class;
      case F64 -> double[].class;
      case F16, BF16 -> short[].class;
      case I32 -> int[].class;
      case I8, BOOL -> byte[].class;
    };
  }

  /** The number of elements in a backing array. */
  static int length(Object data) {
    return java.lang.reflect.Array.getLength(data);
  }

  /** A copy of a backing array. */
  static Object copy(Object data) {
    return switch (data) {
      case float[] a -> a.clone();
      case double[] a -> a.clone();
      case short[] a -> a.clone();
      case int[] a -> a.clone();
      case byte[] a -> a.clone();
      default -> throw new IllegalStateException("not a tensor storage: " + data.getClass());
    };
  }

  /** Element {@code i} as a {@code double}: exact for every dtype; BOOL reads 0 or 1. */
  static double getDouble(DType dtype, Object data, int i) {
    return switch (dtype) {
      case F32 -> ((float[]) data)[i];
      case F64 -> ((double[]) data)[i];
      case F16 -> HalfFloats.f16ToFloat(((short[]) data)[i]);
      case BF16 -> HalfFloats.bf16ToFloat(((short[]) data)[i]);
      case I32 -> ((int[]) data)[i];
      case I8, BOOL -> ((byte[]) data)[i];
    };
  }

  /** Element {@code i} of an I32, I8 or BOOL tensor as an {@code int}. */
  static int getInt(DType dtype, Object data, int i) {
    return switch (dtype) {
      case I32 -> ((int[]) data)[i];
      case I8, BOOL -> ((byte[]) data)[i];
      default -> throw new IllegalStateException(dtype + " is not an integer dtype");
    };
  }

  /**
   * Stores {@code value} as element {@code i}, converting like {@code to} from F64: floating dtypes
   * round once, to nearest even (F16 and BF16 straight from the double), I32 is {@code (int) value}, I8
   * is {@code (byte) (int) value}, BOOL is {@code value != 0} (so NaN is true).
   */
  static void setDouble(DType dtype, Object data, int i, double value) {
    switch (dtype) {
      case F32 -> ((float[]) data)[i] = (float) value;
      case F64 -> ((double[]) data)[i] = value;
      case F16 -> ((short[]) data)[i] = HalfFloats.doubleToF16(value);
      case BF16 -> ((short[]) data)[i] = HalfFloats.doubleToBf16(value);
      case I32 -> ((int[]) data)[i] = (int) value;
      case I8 -> ((byte[]) data)[i] = (byte) (int) value;
      case BOOL -> ((byte[]) data)[i] = value != 0 ? (byte) 1 : (byte) 0;
    }
  }

  /**
   * Stores {@code value} as element {@code i}, converting like {@code to} from I32: I8 wraps with
   * {@code (byte)}, BOOL is {@code value != 0}, floating dtypes round the exact value.
   */
  static void setInt(DType dtype, Object data, int i, int value) {
    switch (dtype) {
      case I32 -> ((int[]) data)[i] = value;
      case I8 -> ((byte[]) data)[i] = (byte) value;
      case BOOL -> ((byte[]) data)[i] = value != 0 ? (byte) 1 : (byte) 0;
      default -> setDouble(dtype, data, i, value);
    }
  }

  /** Stores a boolean as element {@code i} of a BOOL array. */
  static void setBool(Object data, int i, boolean value) {
    ((byte[]) data)[i] = value ? (byte) 1 : (byte) 0;
  }

  /**
   * Copies element {@code from} of {@code src} to element {@code to} of {@code dst}, same dtype.
   */
  static void copyElement(Object src, int from, Object dst, int to) {
    System.arraycopy(src, from, dst, to, 1);
  }
}
