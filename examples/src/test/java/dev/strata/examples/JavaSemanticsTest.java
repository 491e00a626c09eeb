package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
