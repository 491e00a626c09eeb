package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/**
 * {@code Math.round}, {@code signum}, {@code hypot} and the other functions without a tensor form
 * give the reference's values: they run on the host, in Java, so the results are equal bit for bit
 * (NaN, ties, infinities and values past the int and long ranges included).
 */
class MathFunctionsTest {
  private static final double[] VALUES = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.49, 1e10, -1e19, 1e300,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, -7.25};

  @Test
  void scalarMathFunctionsMatchJava() {
    Tensor x = Tensor.randn(3, DType.F32, 5);
    Tensor x64 = Tensor.randn(4, DType.F64, 5);
    for (double a : VALUES) {
      for (double b : VALUES) {
        float af = (float) a;
        Tensor want = MathFunctions.rounding(x, af, b);
        Tensor got = MathFunctionsKernels.rounding(x, af, b);
        assertTrue(got.allClose(want, 0, 0), () -> "rounding(" + af + ", " + b + "): want " + want + " got " + got);
        Tensor wantT = MathFunctions.transcendental(x64, a, b);
        Tensor gotT = MathFunctionsKernels.transcendental(x64, a, b);
        assertTrue(gotT.allClose(wantT, 0, 0), () -> "transcendental(" + a + ", " + b + "): want " + wantT + " got " + gotT);
      }
    }
    assertTrue(MathFunctionsKernels.folded(x).allClose(MathFunctions.folded(x), 0, 0));
  }

  @Test
  void integerDivisionsThrowOnlyWhereJavaCallsThem() {
    Tensor x = Tensor.zeros(DType.F64, 2);
    int[] values = {0, 1, -1, 7, -7, 3, Integer.MIN_VALUE, Integer.MAX_VALUE};
    for (int a : values) {
      for (int b : values) {
        long c = (long) a * 3 - 1;
        Tensor guardedWant = MathFunctions.guardedDivisions(x, a, b);
        assertTrue(MathFunctionsKernels.guardedDivisions(x, a, b).allClose(guardedWant, 0, 0), "a = " + a + ", b = " + b);
        if (b == 0) {
          org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> MathFunctions.divisions(x, a, b, c));
          org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
              () -> MathFunctionsKernels.divisions(x, a, b, c));
        } else {
          Tensor want = MathFunctions.divisions(x, a, b, c);
          assertTrue(MathFunctionsKernels.divisions(x, a, b, c).allClose(want, 0, 0), "a = " + a + ", b = " + b);
        }
      }
    }
  }
}
