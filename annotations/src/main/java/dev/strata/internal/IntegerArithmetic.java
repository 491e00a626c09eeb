package dev.strata.internal;

/**
 * Integer operations that Java has no operator for, with the semantics of its {@code int}
 * arithmetic: results wrap modulo 2<sup>32</sup>, and what would divide by zero throws.
 */
public final class IntegerArithmetic {
  private IntegerArithmetic() {}

  /**
   * {@code base} to the power {@code exponent} in wrapping {@code int} arithmetic (repeated
   * multiplication, so {@code pow(2, 31)} is {@code Integer.MIN_VALUE}). A negative exponent gives
   * {@code 1 / base^-exponent} in integer division: {@code 1} for base 1, {@code ±1} for base -1
   * and {@code 0} for any other non-zero base.
   *
   * @param base the base
   * @param exponent the exponent
   * @return the wrapped power
   * @throws ArithmeticException if {@code base} is zero and {@code exponent} negative (a division
   *     by zero)
   */
  public static int pow(int base, int exponent) {
    if (exponent < 0) {
      return switch (base) {
        case 0 -> throw new ArithmeticException("pow: zero to the negative power " + exponent);
        case 1 -> 1;
        case -1 -> (exponent & 1) == 0 ? 1 : -1;
        default -> 0;
      };
    }
    int result = 1;
    int square = base;
    for (int e = exponent; e != 0; e >>>= 1) {
      if ((e & 1) != 0) {
        result *= square;
      }
      square *= square;
    }
    return result;
  }
}
