package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/** The entry checks that shape inference adds say which parameters' dims disagree. */
class ChecksTest {
  @Test
  void symbolsThatMustBeEqualNameTheirParameters() {
    Tensor x = Tensor.randn(1, DType.F32, 2, 4);
    Tensor y = Tensor.randn(2, DType.F32, 5, 4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChecksKernels.addRows(x, y));
    assertTrue(e.getMessage().contains("N (dim 0 of x) = 2") && e.getMessage().contains("M (dim 0 of y) = 5"),
        e.getMessage());
    Tensor same = Tensor.randn(3, DType.F32, 2, 4);
    assertTrue(ChecksKernels.addRows(x, same).allClose(Checks.addRows(x, same), 0, 0));
  }

  @Test
  void sliceBoundsBeyondTheIntRangeClampLikePython() {
    for (int n : new int[] {0, 1, 2, 7}) {
      Tensor x = Tensor.randn(n, DType.F32, n);
      Tensor want = Checks.sliceToTheEnd(x);
      Tensor got = ChecksKernels.sliceToTheEnd(x);
      assertTrue(got.allClose(want, 0, 0), () -> "want " + want + " got " + got);
      Tensor y = Tensor.randn(n, DType.F32, n, 4);
      Tensor wantY = Checks.sliceFromBeforeTheStart(y);
      Tensor gotY = ChecksKernels.sliceFromBeforeTheStart(y);
      assertTrue(gotY.allClose(wantY, 0, 0), () -> "want " + wantY + " got " + gotY);
    }
  }

  @Test
  void reductionsOfRankZeroTensorsAreTheValue() {
    Tensor x = Tensor.randn(8, DType.F32, 9);
    Tensor want = Checks.reductionsOfRankZero(x);
    Tensor got = ChecksKernels.reductionsOfRankZero(x);
    assertTrue(got.allClose(want, 1e-5, 1e-6), () -> "want " + want + " got " + got);
  }

  /**
   * A max, min or argmax of a zero-size axis, and a -1 the other dims of a reshape cannot
   * determine, throw as in the reference: also when the result is never used, and only on the
   * branch Java runs.
   */
  @Test
  void sizeErrorsThrowWhereJavaRunsTheCall() {
    for (long[] shape : new long[][] {{2, 0}, {0, 3}, {2, 3}, {0, 0}}) {
      Tensor x = Tensor.zeros(DType.F32, shape);
      String at = java.util.Arrays.toString(shape);
      sameOutcome(at + " unusedMax", () -> Checks.unusedMax(x), () -> ChecksKernels.unusedMax(x));
      sameOutcome(at + " unusedArgmaxAndMin", () -> Checks.unusedArgmaxAndMin(x),
          () -> ChecksKernels.unusedArgmaxAndMin(x));
      for (int n : new int[] {0, 1}) {
        sameOutcome(at + " maxOnOneBranch " + n, () -> Checks.maxOnOneBranch(x, n),
            () -> ChecksKernels.maxOnOneBranch(x, n));
      }
      sameOutcome(at + " inferredRows", () -> Checks.inferredRows(x), () -> ChecksKernels.inferredRows(x));
    }
  }

  private static void sameOutcome(String what, java.util.function.Supplier<Tensor> eager,
      java.util.function.Supplier<Tensor> compiled) {
    Tensor want;
    try {
      want = eager.get();
    } catch (IllegalArgumentException e) {
      IllegalArgumentException got = assertThrows(IllegalArgumentException.class, compiled::get,
          what + ": the reference threw " + e.getMessage());
      assertTrue(got.getMessage().contains(e.getMessage().substring(0, e.getMessage().indexOf(':'))),
          what + ": " + got.getMessage() + " vs " + e.getMessage());
      return;
    }
    Tensor got = compiled.get();
    assertTrue(got.allClose(want, 0, 0), () -> what + ": want " + want + " got " + got);
  }
}
