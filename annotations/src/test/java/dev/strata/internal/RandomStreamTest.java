package dev.strata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import org.junit.jupiter.api.Test;

class RandomStreamTest {
  @Test
  void bitsFollowTheDocumentedSplitMix64Formula() {
    // Reference values computed independently with Python integers.
    assertEquals(0L, RandomStream.bits(0, 0));
    assertEquals(0x5692161d100b05e5L, RandomStream.bits(0, 1));
    assertEquals(0xeb7a07aacd555fc9L, RandomStream.bits(42, 7));
    assertEquals(0x2d8f43ecb1ccf696L, RandomStream.bits(-1, 3));
  }

  @Test
  void uniformKeepsTheTopBitsForTheDtypePrecision() {
    assertEquals(0.9198307792660975, RandomStream.uniform(42, 7));
    assertEquals(0.9198307792660975, RandomStream.uniform(42, 7, DType.F64));
    assertEquals(0.9198307394981384, RandomStream.uniform(42, 7, DType.F32));
    assertEquals(0.91943359375, RandomStream.uniform(42, 7, DType.F16));
    assertEquals(0.91796875, RandomStream.uniform(42, 7, DType.BF16));
    assertEquals(RandomStream.uniform(42, 7, DType.F32), RandomStream.uniform(42, 7, DType.I32));
    assertEquals(0.0, RandomStream.uniform(0, 0));
  }

  @Test
  void uniformIsExactInItsDtypeAndBelowOne() {
    for (DType dtype : new DType[] {DType.F32, DType.F16, DType.BF16}) {
      for (long i = 0; i < 20_000; i++) {
        double u = RandomStream.uniform(9, i, dtype);
        assertTrue(u >= 0 && u < 1);
        double stored =
            switch (dtype) {
              case F32 -> (float) u;
              case F16 -> HalfFloats.f16ToFloat(HalfFloats.floatToF16((float) u));
              default -> HalfFloats.bf16ToFloat(HalfFloats.floatToBf16((float) u));
            };
        assertEquals(u, stored, () -> dtype + " rounds " + u);
      }
    }
  }

  @Test
  void largestUniformDoesNotRoundToOne() {
    // All-ones bits give the largest value 1 - 2^-p, which each dtype holds exactly.
    assertEquals(1 - 0x1p-53, (-1L >>> 11) * 0x1p-53);
    assertTrue((float) (1 - 0x1p-24) < 1f);
    assertTrue(HalfFloats.f16ToFloat(HalfFloats.floatToF16((float) (1 - 0x1p-11))) < 1f);
    assertTrue(HalfFloats.bf16ToFloat(HalfFloats.floatToBf16((float) (1 - 0x1p-8))) < 1f);
  }

  @Test
  void normalIsBoxMullerOverCountersTwoIAndTwoIPlusOne() {
    double u1 = RandomStream.uniform(42, 6);
    double u2 = RandomStream.uniform(42, 7);
    double expected = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    assertEquals(expected, RandomStream.normal(42, 3));
    // Python's math module gives the same value to within an ulp.
    assertEquals(0.6260063653694647, RandomStream.normal(42, 3), 1e-15);
    // u1 = 0 at seed 0, counter 0: log(1 - 0) = 0, no infinity.
    assertEquals(0.0, RandomStream.normal(0, 0));
  }

  @Test
  void precision() {
    assertEquals(53, RandomStream.precision(DType.F64));
    assertEquals(24, RandomStream.precision(DType.F32));
    assertEquals(11, RandomStream.precision(DType.F16));
    assertEquals(8, RandomStream.precision(DType.BF16));
    assertEquals(24, RandomStream.precision(DType.BOOL));
  }
}
