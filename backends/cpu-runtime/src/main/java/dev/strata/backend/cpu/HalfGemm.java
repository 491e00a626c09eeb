package dev.strata.backend.cpu;

import dev.strata.internal.HalfFloats;

/**
 * The {@code f16} and {@code bf16} GEMM: operands widen to {@code float} as they are packed, the
 * {@code float} GEMM accumulates into a {@code float} copy of C, and each element is rounded to
 * the half format once, at the end, so that no partial sum is rounded to 16 bits.
 */
final class HalfGemm {
  /** Elements rounded per chunk when rounding C in parallel. */
  private static final int ROUNDING_GRAIN = 1 << 16;

  private HalfGemm() {}

  /**
   * C (contiguous, row-major, matrix {@code i} at {@code cOffset + i*m*n}) = A x B, rounded to
   * bfloat16 or binary16; the {@code float} product runs on the Vector API when {@code vector}.
   */
  static void multiply(int batch, int m, int n, int k, FloatOperand a, FloatOperand b, short[] c, int cOffset,
      boolean bfloat16, boolean vector) {
    int size = batch * m * n;
    if (size == 0) {
      return;
    }
    float[] wide = new float[size];
    if (vector) {
      VectorGemmF32.multiply(batch, m, n, k, a, b, wide, 0);
    } else {
      ScalarGemmF32.multiply(batch, m, n, k, a, b, wide, 0);
    }
    Parallel.forRange(size, ROUNDING_GRAIN, (start, end) -> {
      if (bfloat16) {
        for (int i = start; i < end; i++) {
          c[cOffset + i] = HalfFloats.floatToBf16(wide[i]);
        }
      } else {
        for (int i = start; i < end; i++) {
          c[cOffset + i] = HalfFloats.floatToF16(wide[i]);
        }
      }
    });
  }
}
