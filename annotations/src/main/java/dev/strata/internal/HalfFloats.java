package dev.strata.internal;

/**
 * Conversions between {@code float} and the two 16-bit floating formats Strata stores as raw {@code
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
}
