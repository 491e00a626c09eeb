package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Comparisons of device results with the Java reference: bit for bit where the semantics are
 * exact (integers, bools, roundings, max/min), within a dtype's tolerance where a device's
 * elementary functions may differ by a few ulps ({@code |a - e| <= tol * max(1, |e|)}).
 */
final class Expect {
  /** The F32 tolerance. */
  static final double F32 = 1e-4;

  private Expect() {}

  static void close(String what, float[] expected, float[] actual, double tol) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      float e = expected[i];
      float a = actual[i];
      boolean ok = Float.isNaN(e) ? Float.isNaN(a)
          : Float.isInfinite(e) ? e == a
          : Math.abs((double) a - e) <= tol * Math.max(1, Math.abs(e));
      if (!ok) {
        fail(what + "[" + i + "]: expected " + e + " but was " + a);
      }
    }
  }

  static void close(String what, double[] expected, double[] actual, double tol) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      boolean ok = Double.isNaN(e) ? Double.isNaN(a)
          : Double.isInfinite(e) ? e == a
          : Math.abs(a - e) <= tol * Math.max(1, Math.abs(e));
      if (!ok) {
        fail(what + "[" + i + "]: expected " + e + " but was " + a);
      }
    }
  }

  /** Equal bits, except that any NaN matches any NaN; -0.0 and 0.0 differ. */
  static void sameBits(String what, float[] inputs, float[] expected, float[] actual) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) {
        fail(what + "[" + i + "] of " + describe(inputs, i) + ": expected " + bits(expected[i])
            + " but was " + bits(actual[i]));
      }
    }
  }

  /** Equal bits, except that any NaN matches any NaN; -0.0 and 0.0 differ. */
  static void sameBits(String what, double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
        fail(what + "[" + i + "]: expected " + expected[i] + " but was " + actual[i]);
      }
    }
  }

  /** Equal F16 or BF16 bit patterns, except that any NaN matches any NaN. */
  static void sameHalfBits(String what, boolean bf16, float[] inputs, short[] expected,
      short[] actual) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      boolean bothNaN = isHalfNaN(expected[i], bf16) && isHalfNaN(actual[i], bf16);
      if (expected[i] != actual[i] && !bothNaN) {
        fail(what + "[" + i + "] of " + describe(inputs, i) + ": expected 0x"
            + Integer.toHexString(expected[i] & 0xFFFF) + " but was 0x"
            + Integer.toHexString(actual[i] & 0xFFFF));
      }
    }
  }

  private static boolean isHalfNaN(short bits, boolean bf16) {
    int b = bits & 0x7FFF;
    return bf16 ? b > 0x7F80 : b > 0x7C00;
  }

  private static String describe(float[] inputs, int i) {
    return inputs == null ? "input " + i : bits(inputs[i]);
  }

  private static String bits(float f) {
    return f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
  }
}
