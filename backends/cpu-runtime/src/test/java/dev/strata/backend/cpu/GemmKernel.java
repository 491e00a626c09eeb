package dev.strata.backend.cpu;

import dev.strata.internal.HalfFloats;
import java.util.Random;

/**
 * Every GEMM the tests compare with the reference: each element type, through {@link Gemm} (the
 * vector path where the Vector API is available, as under Surefire) and through the scalar classes
 * directly.
 *
 * <p>Operands are generated as {@code double} values that the element type holds exactly, so the
 * reference multiplies exactly the values the kernel sees.
 */
enum GemmKernel {
  F32(false), F32_SCALAR(false),
  F64(false), F64_SCALAR(false),
  F16(false), F16_SCALAR(false),
  BF16(false), BF16_SCALAR(false),
  I32(true),
  I8(true);

  /** Where C starts in its array; the elements before and after must stay untouched. */
  static final int C_OFFSET = 3;
  private static final int C_TRAILER = 2;
  private static final double SENTINEL = 7;

  private final boolean integer;

  GemmKernel(boolean integer) {
    this.integer = integer;
  }

  /** Whether results must match the reference bit for bit (with wrap-around). */
  boolean integer() {
    return integer;
  }

  /** Random values the element type represents exactly. */
  double[] randomValues(Random random, int length) {
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      float x = random.nextFloat() * 2 - 1;
      values[i] = switch (this) {
        case F32, F32_SCALAR -> x;
        case F64, F64_SCALAR -> random.nextDouble() * 2 - 1;
        case F16, F16_SCALAR -> HalfFloats.f16ToFloat(HalfFloats.floatToF16(x));
        case BF16, BF16_SCALAR -> HalfFloats.bf16ToFloat(HalfFloats.floatToBf16(x));
        case I32 -> random.nextInt();
        case I8 -> (byte) random.nextInt();
      };
    }
    return values;
  }

  /**
   * Runs this GEMM on {@code a} and {@code b} (laid out as the case says) and returns C's {@code
   * batch * m * n} elements, after checking that the elements around C were left alone.
   */
  double[] multiply(GemmCase g, double[] a, double[] b) {
    int size = g.batch() * g.m() * g.n();
    int cLength = C_OFFSET + size + C_TRAILER;
    StridedLayout la = g.a();
    StridedLayout lb = g.b();
    double[] c = new double[cLength];
    switch (this) {
      case F32 -> {
        float[] out = filled(new float[cLength]);
        Gemm.f32(g.batch(), g.m(), g.n(), g.k(), floats(a), la.offsets(), la.rowStride(), la.colStride(),
            floats(b), lb.offsets(), lb.rowStride(), lb.colStride(), out, C_OFFSET);
        copy(out, c);
      }
      case F32_SCALAR -> {
        float[] out = filled(new float[cLength]);
        check(g, a.length, b.length, cLength);
        ScalarGemmF32.multiply(g.batch(), g.m(), g.n(), g.k(),
            new FloatOperand.OfFloat(floats(a), la.offsets(), la.rowStride(), la.colStride()),
            new FloatOperand.OfFloat(floats(b), lb.offsets(), lb.rowStride(), lb.colStride()), out, C_OFFSET);
        copy(out, c);
      }
      case F64 -> {
        System.arraycopy(filled(new double[cLength]), 0, c, 0, cLength);
        Gemm.f64(g.batch(), g.m(), g.n(), g.k(), a, la.offsets(), la.rowStride(), la.colStride(),
            b, lb.offsets(), lb.rowStride(), lb.colStride(), c, C_OFFSET);
      }
      case F64_SCALAR -> {
        System.arraycopy(filled(new double[cLength]), 0, c, 0, cLength);
        check(g, a.length, b.length, cLength);
        ScalarGemmF64.multiply(g.batch(), g.m(), g.n(), g.k(),
            new DoubleOperand(a, la.offsets(), la.rowStride(), la.colStride()),
            new DoubleOperand(b, lb.offsets(), lb.rowStride(), lb.colStride()), c, C_OFFSET);
      }
      case F16, BF16 -> {
        boolean bf16 = this == BF16;
        short[] out = halvesFilled(cLength, bf16);
        if (bf16) {
          Gemm.bf16(g.batch(), g.m(), g.n(), g.k(), halves(a, true), la.offsets(), la.rowStride(), la.colStride(),
              halves(b, true), lb.offsets(), lb.rowStride(), lb.colStride(), out, C_OFFSET);
        } else {
          Gemm.f16(g.batch(), g.m(), g.n(), g.k(), halves(a, false), la.offsets(), la.rowStride(), la.colStride(),
              halves(b, false), lb.offsets(), lb.rowStride(), lb.colStride(), out, C_OFFSET);
        }
        copyHalves(out, c, bf16);
      }
      case F16_SCALAR, BF16_SCALAR -> {
        boolean bf16 = this == BF16_SCALAR;
        short[] out = halvesFilled(cLength, bf16);
        check(g, a.length, b.length, cLength);
        HalfGemm.multiply(g.batch(), g.m(), g.n(), g.k(),
            new FloatOperand.OfHalf(halves(a, bf16), la.offsets(), la.rowStride(), la.colStride(), bf16),
            new FloatOperand.OfHalf(halves(b, bf16), lb.offsets(), lb.rowStride(), lb.colStride(), bf16),
            out, C_OFFSET, bf16, false);
        copyHalves(out, c, bf16);
      }
      case I32 -> {
        int[] out = new int[cLength];
        java.util.Arrays.fill(out, (int) SENTINEL);
        Gemm.i32(g.batch(), g.m(), g.n(), g.k(), ints(a), la.offsets(), la.rowStride(), la.colStride(),
            ints(b), lb.offsets(), lb.rowStride(), lb.colStride(), out, C_OFFSET);
        for (int i = 0; i < cLength; i++) {
          c[i] = out[i];
        }
      }
      case I8 -> {
        byte[] out = new byte[cLength];
        java.util.Arrays.fill(out, (byte) SENTINEL);
        Gemm.i8(g.batch(), g.m(), g.n(), g.k(), bytes(a), la.offsets(), la.rowStride(), la.colStride(),
            bytes(b), lb.offsets(), lb.rowStride(), lb.colStride(), out, C_OFFSET);
        for (int i = 0; i < cLength; i++) {
          c[i] = out[i];
        }
      }
      default -> throw new AssertionError(this);
    }
    for (int i = 0; i < cLength; i++) {
      if ((i < C_OFFSET || i >= C_OFFSET + size) && c[i] != SENTINEL) {
        throw new AssertionError(this + " wrote outside C, at " + i + ": " + c[i] + " for " + g);
      }
    }
    double[] result = new double[size];
    System.arraycopy(c, C_OFFSET, result, 0, size);
    return result;
  }

  /**
   * How far this GEMM may be from the exact product {@code exact} whose terms' magnitudes sum to
   * {@code magnitude}, over a depth of {@code k}. Float accumulation: relative 1e-5·sqrt(k) of the
   * magnitude for {@code float} (u = 6e-8, so ~170x the typical sqrt(k)·u and above the worst case
   * k·u up to k = 27000); 1e-13·sqrt(k) for {@code double}; the half formats add the rounding of
   * the result, half an ulp of binary16 (2^-11) or bfloat16 (2^-8) relative, plus the smallest
   * subnormal.
   */
  double tolerance(double exact, double magnitude, int k) {
    double root = Math.sqrt(Math.max(k, 1));
    return switch (this) {
      case F32, F32_SCALAR -> 1e-5 * root * magnitude;
      case F64, F64_SCALAR -> 1e-13 * root * magnitude;
      case F16, F16_SCALAR -> 1e-5 * root * magnitude + Math.abs(exact) * 0x1p-10 + 0x1p-24;
      case BF16, BF16_SCALAR -> 1e-5 * root * magnitude + Math.abs(exact) * 0x1p-7 + 0x1p-133;
      case I32, I8 -> 0;
    };
  }

  private static void check(GemmCase g, int aLength, int bLength, int cLength) {
    GemmArguments.check(g.batch(), g.m(), g.n(), g.k(), aLength, g.a().offsets(), g.a().rowStride(),
        g.a().colStride(), bLength, g.b().offsets(), g.b().rowStride(), g.b().colStride(), cLength, C_OFFSET);
  }

  private static float[] floats(double[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }

  private static int[] ints(double[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (int) values[i];
    }
    return out;
  }

  private static byte[] bytes(double[] values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static short[] halves(double[] values, boolean bf16) {
    short[] out = new short[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = bf16 ? HalfFloats.floatToBf16((float) values[i]) : HalfFloats.floatToF16((float) values[i]);
    }
    return out;
  }

  private static short[] halvesFilled(int length, boolean bf16) {
    short[] out = new short[length];
    java.util.Arrays.fill(out, bf16 ? HalfFloats.floatToBf16((float) SENTINEL)
        : HalfFloats.floatToF16((float) SENTINEL));
    return out;
  }

  private static void copyHalves(short[] from, double[] to, boolean bf16) {
    for (int i = 0; i < from.length; i++) {
      to[i] = bf16 ? HalfFloats.bf16ToFloat(from[i]) : HalfFloats.f16ToFloat(from[i]);
    }
  }

  private static float[] filled(float[] out) {
    java.util.Arrays.fill(out, (float) SENTINEL);
    return out;
  }

  private static double[] filled(double[] out) {
    java.util.Arrays.fill(out, SENTINEL);
    return out;
  }

  private static void copy(float[] from, double[] to) {
    for (int i = 0; i < from.length; i++) {
      to[i] = from[i];
    }
  }
}
