package dev.strata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {
  /** Pairs of x and erf(x) rounded to double, from 200-bit arithmetic (mpmath). */
  private static final double[][] REFERENCE = {
    {1e-300, 1.1283791670955126e-300},
    {1e-8, 1.1283791670955126e-8},
    {0.1, 0.1124629160182849},
    {0.5, 0.5204998778130465},
    {0.9999, 0.8426592780487595},
    {1.0, 0.8427007929497149},
    {1.5, 0.9661051464753108},
    {2.0, 0.9953222650189527},
    {2.5, 0.999593047982555},
    {3.0, 0.9999779095030014},
    {4.0, 0.9999999845827421},
    {5.5, 0.9999999999999927},
    {5.9, 0.9999999999999999},
  };

  @Test
  void erfMatchesReferenceValuesToWithinTwoUlps() {
    for (double[] pair : REFERENCE) {
      double x = pair[0];
      double expected = pair[1];
      double tolerance = 2 * Math.ulp(expected);
      assertEquals(expected, SpecialFunctions.erf(x), tolerance, () -> "erf(" + x + ")");
      assertEquals(-expected, SpecialFunctions.erf(-x), tolerance, () -> "erf(-" + x + ")");
    }
  }

  @Test
  void erfSpecialValues() {
    assertEquals(1.0, SpecialFunctions.erf(6.0));
    assertEquals(1.0, SpecialFunctions.erf(1e300));
    assertEquals(1.0, SpecialFunctions.erf(Double.POSITIVE_INFINITY));
    assertEquals(-1.0, SpecialFunctions.erf(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(SpecialFunctions.erf(Double.NaN)));
    assertEquals(
        Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(SpecialFunctions.erf(-0.0)));
    assertEquals(0.0, SpecialFunctions.erf(0.0));
  }

  @Test
  void erfIsMonotoneAcrossTheMethodBoundaries() {
    for (double boundary : new double[] {1.0, 6.0}) {
      double below = Math.nextDown(boundary);
      double at = boundary;
      assertTrue(SpecialFunctions.erf(below) <= SpecialFunctions.erf(at));
      assertTrue(SpecialFunctions.erf(at) <= SpecialFunctions.erf(Math.nextUp(at)));
    }
    double previous = -1;
    for (int step = -7 * 64; step <= 7 * 64; step++) {
      double value = SpecialFunctions.erf(step / 64.0);
      assertTrue(value >= previous, "erf decreases at " + step / 64.0);
      previous = value;
    }
  }
}
