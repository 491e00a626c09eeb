package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.strata.internal.HalfFloats;
import java.util.Random;

/**
 * Host arrays of every dtype as the run time holds them ({@code float[]}, {@code double[]},
 * {@code short[]} bits for F16 and BF16, {@code int[]}, {@code byte[]} for I8 and bools), filled
 * with special values first (NaN, infinities, signed zeros, the edges of int and byte, values
 * that overflow them, rounding ties) and random ones after.
 */
final class DtypeValues {
  private static final double[] FLOAT_SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY, 0.0, -0.0, 1, -1, 0.5, -2.5, 3.7, -3.7, 127.5, -128.5, 255.9, 256,
    -129, 65504, 65520, 1e-3, 1e-7, 1e10, -1e10, 3e9, -3e9, 2147483520, 2147483648.0, 1e20, -1e20,
    1e-40, 16777217, 88, -100, 20, -20};
  private static final int[] INT_SPECIALS = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 127,
    128, -128, -129, 255, 256, 65536, 16777217, -16777217, 46341, 2147483520};

  private DtypeValues() {}

  /** {@code n} values of {@code dtype}. */
  static Object of(String dtype, int n, Random random) {
    return switch (dtype) {
      case "f32" -> {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          a[i] = i < FLOAT_SPECIALS.length ? (float) FLOAT_SPECIALS[i] : (float) gaussian(random);
        }
        yield a;
      }
      case "f64" -> {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
          a[i] = i < FLOAT_SPECIALS.length ? FLOAT_SPECIALS[i] : gaussian(random);
        }
        a[n - 1] = 1e300;
        a[n - 2] = 0.1; // not a float
        yield a;
      }
      case "f16", "bf16" -> {
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
          float f = (float) (i < FLOAT_SPECIALS.length ? FLOAT_SPECIALS[i] : gaussian(random));
          a[i] = i % 7 == 6 ? (short) random.nextInt()
              : dtype.equals("f16") ? Float.floatToFloat16(f) : HalfFloats.floatToBf16(f);
        }
        yield a;
      }
      case "i32" -> {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = i < INT_SPECIALS.length ? INT_SPECIALS[i] : random.nextInt();
        }
        yield a;
      }
      case "i8" -> {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
          a[i] = (byte) i; // every byte
        }
        yield a;
      }
      case "bool" -> {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
          a[i] = (byte) (random.nextBoolean() ? 1 : 0);
        }
        yield a;
      }
      default -> throw new IllegalArgumentException(dtype);
    };
  }

  /** Puts the pairs where Java's float ops have special cases at the start of {@code a, b}. */
  static void pairs(String dtype, Object a, Object b) {
    double inf = Double.POSITIVE_INFINITY;
    double[][] pairs = {{1, Double.NaN}, {-1, inf}, {1, -inf}, {Double.NaN, 0}, {0, 0},
      {-0.0, 0.0}, {0.0, -0.0}, {2, 0.5}, {-8, 3}, {5.5, 2}, {-5.5, 2}, {5.5, -2}, {1e30, 1e-30},
      {inf, inf}, {Double.NaN, 1}, {3, Double.NaN}, {0, -1}, {-0.0, -3}, {7, 0}, {-7, -0.0}};
    for (int i = 0; i < pairs.length; i++) {
      set(a, dtype, i, pairs[i][0]);
      set(b, dtype, i, pairs[i][1]);
    }
  }

  private static void set(Object array, String dtype, int i, double v) {
    switch (dtype) {
      case "f32" -> ((float[]) array)[i] = (float) v;
      case "f64" -> ((double[]) array)[i] = v;
      default -> throw new IllegalArgumentException(dtype);
    }
  }

  /** Element {@code i} of {@code array}, widened exactly to a double (bools as 0 and 1). */
  static double get(Object array, String dtype, int i) {
    return switch (dtype) {
      case "f32" -> ((float[]) array)[i];
      case "f64" -> ((double[]) array)[i];
      case "f16" -> Float.float16ToFloat(((short[]) array)[i]);
      case "bf16" -> HalfFloats.bf16ToFloat(((short[]) array)[i]);
      case "i32" -> ((int[]) array)[i];
      case "i8" -> ((byte[]) array)[i];
      case "bool" -> ((byte[]) array)[i] != 0 ? 1 : 0;
      default -> throw new IllegalArgumentException(dtype);
    };
  }

  /** A host array of {@code dtype} holding {@code values}, each already a value of the dtype. */
  static Object array(String dtype, double[] values) {
    int n = values.length;
    return switch (dtype) {
      case "f32" -> {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          a[i] = (float) values[i];
        }
        yield a;
      }
      case "f64" -> values.clone();
      case "f16", "bf16" -> {
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
          float f = (float) values[i];
          a[i] = dtype.equals("f16") ? Float.floatToFloat16(f) : HalfFloats.floatToBf16(f);
        }
        yield a;
      }
      case "i32" -> {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = (int) values[i];
        }
        yield a;
      }
      case "i8", "bool" -> {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
          a[i] = (byte) values[i];
        }
        yield a;
      }
      default -> throw new IllegalArgumentException(dtype);
    };
  }

  /** Asserts equal arrays: equal bits, any NaN matching any NaN. */
  static void assertSame(String what, String dtype, Object expected, Object actual) {
    switch (dtype) {
      case "f32" -> Expect.sameBits(what, null, (float[]) expected, (float[]) actual);
      case "f64" -> Expect.sameBits(what, (double[]) expected, (double[]) actual);
      case "f16", "bf16" ->
          Expect.sameHalfBits(what, dtype.equals("bf16"), null, (short[]) expected,
              (short[]) actual);
      case "i32" -> assertArrayEquals((int[]) expected, (int[]) actual, what);
      default -> assertArrayEquals((byte[]) expected, (byte[]) actual, what);
    }
  }

  private static double gaussian(Random random) {
    return random.nextGaussian() * Math.pow(10, random.nextInt(7) - 2);
  }
}
