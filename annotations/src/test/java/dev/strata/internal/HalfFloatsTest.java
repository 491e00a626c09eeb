package dev.strata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HalfFloatsTest {
  @Test
  void bf16ExactValuesRoundTrip() {
    assertEquals((short) 0x3F80, HalfFloats.floatToBf16(1.0f));
    assertEquals((short) 0xC000, HalfFloats.floatToBf16(-2.0f));
    assertEquals(1.0f, HalfFloats.bf16ToFloat((short) 0x3F80));
    assertEquals(-2.0f, HalfFloats.bf16ToFloat((short) 0xC000));
    assertEquals((short) 0x8000, HalfFloats.floatToBf16(-0.0f));
    assertEquals((short) 0x7F80, HalfFloats.floatToBf16(Float.POSITIVE_INFINITY));
    assertEquals((short) 0xFF80, HalfFloats.floatToBf16(Float.NEGATIVE_INFINITY));
  }

  @Test
  void bf16RoundsTiesToEven() {
    // 0x3F808000 lies halfway between 0x3F80 (even) and 0x3F81 (odd): down to even.
    assertEquals((short) 0x3F80, HalfFloats.floatToBf16(Float.intBitsToFloat(0x3F808000)));
    // 0x3F818000 lies halfway between 0x3F81 (odd) and 0x3F82 (even): up to even.
    assertEquals((short) 0x3F82, HalfFloats.floatToBf16(Float.intBitsToFloat(0x3F818000)));
    // Just off the tie goes to the nearer one.
    assertEquals((short) 0x3F81, HalfFloats.floatToBf16(Float.intBitsToFloat(0x3F808001)));
    assertEquals((short) 0x3F81, HalfFloats.floatToBf16(Float.intBitsToFloat(0x3F817FFF)));
    // Negative values round by magnitude the same way.
    assertEquals((short) 0xBF80, HalfFloats.floatToBf16(Float.intBitsToFloat(0xBF808000)));
    assertEquals((short) 0xBF82, HalfFloats.floatToBf16(Float.intBitsToFloat(0xBF818000)));
  }

  @Test
  void bf16OverflowsToInfinityAndKeepsSubnormals() {
    assertEquals((short) 0x7F80, HalfFloats.floatToBf16(Float.MAX_VALUE));
    assertEquals((short) 0x7F7F, HalfFloats.floatToBf16(Float.intBitsToFloat(0x7F7F7FFF)));
    assertEquals((short) 0x0001, HalfFloats.floatToBf16(Float.intBitsToFloat(0x00010000)));
    assertEquals((short) 0x0000, HalfFloats.floatToBf16(Float.MIN_VALUE));
  }

  @Test
  void bf16NanStaysQuietNan() {
    // A signalling NaN whose payload lies only in the low 16 bits would truncate to infinity.
    float signalling = Float.intBitsToFloat(0x7F800001);
    short bits = HalfFloats.floatToBf16(signalling);
    assertTrue(Float.isNaN(HalfFloats.bf16ToFloat(bits)));
    assertEquals(0x0040, bits & 0x0040);
    assertEquals((short) 0x7FC0, HalfFloats.floatToBf16(Float.NaN));
    short negative = HalfFloats.floatToBf16(Float.intBitsToFloat(0xFFC00000));
    assertEquals((short) 0xFFC0, negative);
  }

  @Test
  void bf16MatchesExactNearestEvenRounding() {
    SplittableRandom random = new SplittableRandom(2024);
    for (int n = 0; n < 200_000; n++) {
      int bits = random.nextInt();
      float value = Float.intBitsToFloat(bits);
      if (Float.isNaN(value) || Float.isInfinite(value)) {
        continue;
      }
      assertEquals(referenceBf16(value), HalfFloats.floatToBf16(value), () -> "for " + value);
    }
  }

  @Test
  void f16DelegatesToTheJdk() {
    assertEquals(Float.floatToFloat16(0.1f), HalfFloats.floatToF16(0.1f));
    assertEquals((short) 0x3C00, HalfFloats.floatToF16(1.0f));
    assertEquals(65504f, HalfFloats.f16ToFloat((short) 0x7BFF));
    assertEquals((short) 0x7C00, HalfFloats.floatToF16(65520f));
    // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: down to even.
    assertEquals((short) 0x3C00, HalfFloats.floatToF16(1 + 0x1p-11f));
    assertEquals((short) 0x3C02, HalfFloats.floatToF16(1 + 3 * 0x1p-11f));
  }

  @Test
  void doublesRoundOnceNotThroughAFloat() {
    // (float) lands on the tie 1 + 2^-11, which floatToF16 would round down to even: 1.0.
    assertEquals((short) 0x3C01, HalfFloats.doubleToF16(1 + 0x1p-11 + 0x1p-40));
    assertEquals((short) 0x3C00, HalfFloats.doubleToF16(1 + 0x1p-11));
    assertEquals((short) 0x3F81, HalfFloats.doubleToBf16(1 + 0x1p-8 + 0x1p-30));
    assertEquals((short) 0x3F80, HalfFloats.doubleToBf16(1 + 0x1p-8));
    // 2^24 + 2^16 + 1 is just above the tie between 2^24 and 2^24 + 2^17.
    assertEquals(1.6908288e7f, HalfFloats.bf16ToFloat(HalfFloats.doubleToBf16(16842753)));
    assertEquals((short) 0x7C00, HalfFloats.doubleToF16(1e300));
    assertEquals((short) 0xFF80, HalfFloats.doubleToBf16(-1e300));
    assertEquals((short) 0x8000, HalfFloats.doubleToF16(-1e-300));
    assertTrue(Float.isNaN(HalfFloats.f16ToFloat(HalfFloats.doubleToF16(Double.NaN))));
  }

  @Test
  void doublesNearTiesRoundToTheNearestEvenNeighbour() {
    SplittableRandom random = new SplittableRandom(77);
    for (int n = 0; n < 100_000; n++) {
      boolean bf16 = random.nextBoolean();
      int pattern = random.nextInt(bf16 ? 0x7F7F : 0x7BFF);
      double low = bf16 ? HalfFloats.bf16ToFloat((short) pattern) : HalfFloats.f16ToFloat((short) pattern);
      double high = bf16 ? HalfFloats.bf16ToFloat((short) (pattern + 1)) : HalfFloats.f16ToFloat((short) (pattern + 1));
      double tie = (low + high) / 2; // exact: both are floats
      double value = tie + random.nextInt(-3, 4) * Math.ulp(tie) * (random.nextBoolean() ? 1 : 1 << 20);
      short got = bf16 ? HalfFloats.doubleToBf16(value) : HalfFloats.doubleToF16(value);
      BigDecimal exact = new BigDecimal(value);
      int toLow = exact.subtract(new BigDecimal(low)).compareTo(new BigDecimal(high).subtract(exact));
      int want = toLow < 0 ? pattern : toLow > 0 ? pattern + 1 : (pattern & 1) == 0 ? pattern : pattern + 1;
      if (value < low || value > high) {
        continue; // the offset left the interval; other draws cover it
      }
      String format = bf16 ? "bf16" : "f16";
      assertEquals((short) want, got, () -> format + " of " + value + " between " + low + " and " + high);
    }
  }

  /** Nearest-even rounding by exact decimal comparison of the two bf16 neighbours. */
  private static short referenceBf16(float value) {
    int bits = Float.floatToRawIntBits(value);
    int down = bits & 0xFFFF0000;
    int up = down + 0x10000;
    BigDecimal exact = new BigDecimal(value).abs();
    BigDecimal low = new BigDecimal(Float.intBitsToFloat(down)).abs();
    BigDecimal high =
        (up & 0x7FFFFFFF) == 0x7F800000
            ? new BigDecimal(2).pow(128)
            : new BigDecimal(Float.intBitsToFloat(up)).abs();
    int toLow = exact.subtract(low).compareTo(high.subtract(exact));
    boolean chooseUp = toLow > 0 || (toLow == 0 && ((down >>> 16) & 1) == 1);
    return (short) ((chooseUp ? up : down) >>> 16);
  }
}
