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
