package dev.strata.internal;

/**
 * Conversions between {@code float} (or {@code double}) and the two 16-bit floating formats Strata stores as raw {@code
 * short} bit patterns: IEEE 754 binary16 ({@link dev.strata.DType#F16}) and bfloat16 ({@link
 * dev.strata.DType#BF16}).
 *
 * <p>Run-time support for code Strata generates and for the eager reference; not user API.
 */
public final class HalfFloats {
  /** The bfloat16 quiet bit: the most significant mantissa bit. */
  private static final int BF16_QUIET_BIT = 0x0040;

  private HalfFloats() {}

  /**
   * The {@code float} value of an IEEE binary16 bit pattern; exact, as every binary16 value is a
   * {@code float}.
   *
   * @param bits the binary16 bit pattern
   * @return the same value as a {@code float}
   */
  public static float f16ToFloat(short bits) {
    return Float.float16ToFloat(bits);
  }

  /**
   * Rounds a {@code float} to IEEE binary16, to nearest with ties to even; overflow gives an
   * infinity and NaN stays NaN ({@link Float#floatToFloat16}).
   *
   * @param value the value to round
   * @return the binary16 bit pattern
   */
  public static short floatToF16(float value) {
    return Float.floatToFloat16(value);
  }

  /**
   * The {@code float} value of a bfloat16 bit pattern: the pattern becomes the upper 16 bits of a
   * {@code float}, so the conversion is exact.
   *
   * @param bits the bfloat16 bit pattern
   * @return the same value as a {@code float}
   */
  public static float bf16ToFloat(short bits) {
    return Float.intBitsToFloat((bits & 0xFFFF) << 16);
  }

  /**
   * Rounds a {@code float} to bfloat16, to nearest with ties to even. Values that round past the
   * largest finite bfloat16 become infinities of the same sign; infinities and signed zeros are
   * kept; a NaN becomes a quiet NaN with the same sign and the upper bits of its payload.
   *
   * @param value the value to round
   * @return the bfloat16 bit pattern
   */
  public static short floatToBf16(float value) {
    int bits = Float.floatToRawIntBits(value);
    if (Float.isNaN(value)) {
      // Truncating the payload could leave only zero mantissa bits (an infinity), so force quiet.
      return (short) ((bits >>> 16) | BF16_QUIET_BIT);
    }
    // Adding 0x7FFF plus the lowest kept bit rounds to nearest, ties to the even kept pattern;
    // a carry out of the mantissa correctly bumps the exponent, up to infinity.
    int lowestKeptBit = (bits >>> 16) & 1;
    return (short) ((bits + 0x7FFF + lowestKeptBit) >>> 16);
  }
  /**
   * Rounds a {@code double} to IEEE binary16 once, to nearest with ties to even, as {@link
   * #floatToF16} does for a {@code float}; {@code floatToF16((float) value)} would round twice and
   * can miss by one unit where the first rounding lands on a tie.
   *
   * @param value the value to round
   * @return the binary16 bit pattern
   */
  public static short doubleToF16(double value) {
    return Float.floatToFloat16(toFloatRoundingToOdd(value));
  }

  /**
   * Rounds a {@code double} to bfloat16 once, to nearest with ties to even, as {@link
   * #floatToBf16} does for a {@code float}.
   *
   * @param value the value to round
   * @return the bfloat16 bit pattern
   */
  public static short doubleToBf16(double value) {
    return floatToBf16(toFloatRoundingToOdd(value));
  }

  /**
   * {@code value} as a {@code float} rounded to odd: exact values stay, inexact ones become the
   * neighbour toward zero with its last mantissa bit set. A float so rounded keeps enough of the
   * discarded bits (13 or more beyond a 16-bit format's precision, as a sticky bit) that a second
   * rounding to nearest-even gives the once-rounded result.
   */
  private static float toFloatRoundingToOdd(double value) {
    float nearest = (float) value;
    if (Double.isNaN(value) || (double) nearest == value) {
      return nearest;
    }
    int bits = Float.floatToRawIntBits(nearest);
    if (Math.abs((double) nearest) > Math.abs(value)) {
      bits -= 1; // one unit toward zero (an infinity becomes the largest finite float)
    }
    return Float.intBitsToFloat(bits | 1);
  }
}
