package dev.strata.internal;

/**
 * Special functions the JDK lacks, in {@code double} precision.
 *
 * <p>Run-time support for code Strata generates and for the eager reference; not user API.
 */
public final class SpecialFunctions {
  /** {@code 2 / sqrt(pi)}. */
  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

  /** {@code 1 / sqrt(pi)}. */
  private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;

  /** Below this magnitude {@link #erf} sums its Maclaurin series, above it a continued fraction. */
  private static final double SERIES_LIMIT = 1.0;

  /** From this magnitude on, {@code erfc(x) < 2^-54} and {@code erf(x)} rounds to exactly 1. */
  private static final double SATURATION = 6.0;

  /** Terms of the Maclaurin series kept below {@link #SERIES_LIMIT}; the next is below 1e-27. */
  private static final int SERIES_TERMS = 25;

  /**
   * {@code (-1)^n / (n! (2n + 1))}, the Maclaurin coefficients of {@code erf(x) sqrt(pi) / (2x)} in
   * powers of {@code x^2}.
   */
  private static final double[] SERIES = seriesCoefficients();

  private SpecialFunctions() {}

  /**
   * The error function {@code erf(x) = 2/sqrt(pi) * integral from 0 to x of exp(-t^2) dt}, within
   * about one unit in the last place.
   *
   * <p>Method: for {@code |x| < 1}, the Maclaurin series {@code erf(x) = 2/sqrt(pi) * x *
   * sum_{n=0}^{24} (-1)^n x^(2n) / (n! (2n+1))} (Abramowitz and Stegun 7.1.5) by Horner's rule; for
   * {@code 1 <= |x| < 6}, {@code 1 - erfc(x)} with {@code erfc} from Laplace's continued fraction
   * {@code erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ...))))} (A&amp;S
   * 7.1.14), truncated after {@code N = 30 + floor(250 / x^2)} partial quotients and evaluated from
   * the tail back to the head, which is numerically stable; from 6 on, exactly 1. The factor {@code
   * exp(-x^2)} is computed from {@code x^2} split exactly into a high and a low part with {@link
   * Math#fma}, so the rounding of {@code x*x} costs no accuracy. {@code erf} is odd, keeps the sign
   * of zero, maps NaN to NaN and the infinities to plus and minus one.
   *
   * @param x the argument
   * @return {@code erf(x)}
   */
  public static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    double magnitude;
    if (ax < SERIES_LIMIT) {
      magnitude = erfSeries(ax);
    } else if (ax < SATURATION) {
      magnitude = 1.0 - erfcContinuedFraction(ax);
    } else {
      magnitude = 1.0;
    }
    return Math.copySign(magnitude, x);
  }

  /** {@code erf(x)} for {@code 0 <= x < 1}. */
  private static double erfSeries(double x) {
    double xSquared = x * x;
    double sum = 0.0;
    for (int n = SERIES_TERMS - 1; n >= 0; n--) {
      sum = sum * xSquared + SERIES[n];
    }
    return TWO_OVER_SQRT_PI * (x * sum);
  }

  /** {@code erfc(x)} for {@code 1 <= x < 6}. */
  private static double erfcContinuedFraction(double x) {
    int terms = 30 + (int) (250.0 / (x * x));
    double tail = x;
    for (int n = terms; n >= 1; n--) {
      tail = x + (0.5 * n) / tail;
    }
    return ONE_OVER_SQRT_PI * expMinusSquare(x) / tail;
  }

  /** {@code exp(-x^2)} without the error of rounding {@code x*x}. */
  private static double expMinusSquare(double x) {
    double high = x * x;
    double low = Math.fma(x, x, -high);
    return Math.exp(-high) * (1.0 - low);
  }

  private static double[] seriesCoefficients() {
    double[] coefficients = new double[SERIES_TERMS];
    double factorial = 1.0;
    for (int n = 0; n < SERIES_TERMS; n++) {
      if (n > 0) {
        factorial *= n;
      }
      double sign = n % 2 == 0 ? 1.0 : -1.0;
      coefficients[n] = sign / (factorial * (2 * n + 1));
    }
    return coefficients;
  }
}
