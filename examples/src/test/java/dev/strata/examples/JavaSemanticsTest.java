package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Integer division by zero throws in compiled kernels as in the reference, in every mode the suite
 * runs (a kernel with device groups runs first, so devices have been discovered: an OpenCL driver
 * that took over the JVM's SIGFPE handler would make the division quietly give the dividend).
 */
class JavaSemanticsTest {
  private static volatile int zero;

  @Test
  void integerDivisionByZeroThrowsAfterDevicesAreFound() {
    Tensor x = Tensor.randn(1, DType.F32, 64, 300);
    NnKernels.softmax(x);
    Tensor ints = Tensor.of(new int[] {-7, 7, 5}, 3);
    assertArrayEquals(new int[] {-3, 3, 2}, JavaSemanticsKernels.divideBy(ints, 2).toIntArray());
    assertThrows(ArithmeticException.class, () -> JavaSemantics.divideBy(ints, 0));
    assertThrows(ArithmeticException.class, () -> JavaSemanticsKernels.divideBy(ints, 0));
    Tensor withZero = Tensor.of(new int[] {1, 0, 3}, 3);
    assertThrows(ArithmeticException.class, () -> JavaSemanticsKernels.sumOverDivisor(ints, withZero));
    assertThrows(ArithmeticException.class, () -> divide(7, zero));
  }

  private static int divide(int a, int b) {
    return a / b;
  }

  /** Branches Java does not take do not throw; the division Java runs does, as in the reference. */
  @Test
  void onlyTheDivisionsJavaRunsMayThrow() {
    Tensor x = Tensor.of(new float[] {1.5f, -2f, 0f}, 3);
    Tensor ints = Tensor.of(new int[] {0, 7, -9}, 3);
    for (int n : new int[] {-3, 0, 1, 2, 5, 20}) {
      sameOutcome(() -> JavaSemantics.ternaryGuard(x, n), () -> JavaSemanticsKernels.ternaryGuard(x, n));
      sameOutcome(() -> JavaSemantics.ifGuard(x, n), () -> JavaSemanticsKernels.ifGuard(x, n));
      sameOutcome(() -> JavaSemantics.shortCircuitGuard(x, n), () -> JavaSemanticsKernels.shortCircuitGuard(x, n));
      sameOutcome(() -> JavaSemantics.tensorGuard(ints, n), () -> JavaSemanticsKernels.tensorGuard(ints, n));
      sameOutcome(() -> JavaSemantics.inlinedGuard(x, n), () -> JavaSemanticsKernels.inlinedGuard(x, n));
      sameOutcome(() -> JavaSemantics.takenBranchThrows(x, n), () -> JavaSemanticsKernels.takenBranchThrows(x, n));
    }
    assertThrows(ArithmeticException.class, () -> JavaSemanticsKernels.takenBranchThrows(x, 0));
    // n = 0 takes pow's branch with exponent -1: 0 to a negative power throws in both.
    assertThrows(ArithmeticException.class, () -> JavaSemanticsKernels.tensorGuard(ints, 0));
  }

  private static void sameOutcome(java.util.function.Supplier<Tensor> eager, java.util.function.Supplier<Tensor> compiled) {
    Tensor want;
    try {
      want = eager.get();
    } catch (ArithmeticException e) {
      assertThrows(ArithmeticException.class, compiled::get, "the reference threw " + e.getMessage());
      return;
    }
    Tensor got = compiled.get();
    assertTrue(got.allClose(want, 0, 0), () -> "want " + want + " got " + got);
  }

  @Test
  void byteLocalsWrapLikeJava() {
    Tensor x = Tensor.randn(2, DType.F32, 5);
    for (int n : new int[] {0, 1, 3, 77, -5, 1000}) {
      assertTrue(JavaSemanticsKernels.byteLocals(x, n).allClose(JavaSemantics.byteLocals(x, n), 0, 0), "n = " + n);
    }
  }

  @Test
  void shiftsOfScalarsAreJavas() {
    Tensor x = Tensor.zeros(DType.F64, 3);
    for (int k : new int[] {0, 1, -1, 7, -8, 31, 32, 33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      for (long m : new long[] {0, 5, -5, Long.MIN_VALUE, Long.MAX_VALUE}) {
        Tensor want = JavaSemantics.shifts(x, k, m);
        Tensor got = JavaSemanticsKernels.shifts(x, k, m);
        assertTrue(got.allClose(want, 0, 0), () -> "k = " + k + ", m = " + m + ": want " + want + " got " + got);
      }
    }
  }
}
