package dev.strata.backend.opencl.codegen;

import java.util.Random;

/** Floats that exercise rounding to F16 and BF16: ties, both subnormal ranges, overflow, NaN. */
final class HalfFloatInputs {
  private HalfFloatInputs() {}

  static float[] floats(Random random, int n) {
    float tiny = 0x1p-24f; // the smallest F16 subnormal
    float[] specials = {
      Float.NaN, Float.intBitsToFloat(0x7f800001), Float.intBitsToFloat(0xffc00123),
      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.0f, -0.0f,
      65504f, 65519.99f, 65520f, -65520f, 1e10f, Float.MAX_VALUE, -Float.MAX_VALUE,
      1 + 0x1p-11f, 1 + 0x1p-11f + 0x1p-23f, 1 + 3 * 0x1p-11f, // F16 ties to even, and just above
      1 + 0x1p-8f, 1 + 3 * 0x1p-8f, 1 + 0x1p-8f + 0x1p-23f, // BF16 ties to even, and just above
      0x1p-14f, 0x1p-14f - tiny, 0x1p-14f - tiny / 2, 0x1p-14f - tiny / 4, // around the F16 normals
      tiny, tiny / 2, tiny / 2 + 0x1p-40f, 1.5f * tiny, 2.5f * tiny, -1.5f * tiny, tiny / 4,
      0x1p-30f,
      Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL / 3, 3.3895314e38f, 0.1f, -0.3333f
    };
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      if (i < specials.length) {
        x[i] = specials[i];
      } else if (i % 2 == 0) {
        x[i] = Float.intBitsToFloat(random.nextInt()); // any pattern: every exponent, NaNs too
      } else {
        x[i] = (float) (random.nextGaussian() * Math.pow(2, random.nextInt(60) - 30));
      }
    }
    return x;
  }
}
