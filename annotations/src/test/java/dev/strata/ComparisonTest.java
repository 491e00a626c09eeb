package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.floats;
import static dev.strata.TensorAssertions.ints;
import static dev.strata.TensorAssertions.shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComparisonTest {
  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16"})
  void floatingComparisons(DType dtype) {
    Tensor a = floats(dtype, new float[] {1, 2, 3, Float.NaN}, 4);
    Tensor b = floats(dtype, new float[] {2, 2, 2, Float.NaN}, 4);
    assertTensor(a.lt(b), DType.BOOL, shape(4), 1, 0, 0, 0);
    assertTensor(a.le(b), DType.BOOL, shape(4), 1, 1, 0, 0);
    assertTensor(a.gt(b), DType.BOOL, shape(4), 0, 0, 1, 0);
    assertTensor(a.ge(b), DType.BOOL, shape(4), 0, 1, 1, 0);
    assertTensor(a.eq(b), DType.BOOL, shape(4), 0, 1, 0, 0);
    assertTensor(a.ne(b), DType.BOOL, shape(4), 1, 0, 1, 1);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"I32", "I8"})
  void integerComparisonsWithScalars(DType dtype) {
    Tensor a = ints(dtype, new int[] {-1, 0, 1}, 3);
    assertTensor(a.lt(0), DType.BOOL, shape(3), 1, 0, 0);
    assertTensor(a.le(0), DType.BOOL, shape(3), 1, 1, 0);
    assertTensor(a.gt(0), DType.BOOL, shape(3), 0, 0, 1);
    assertTensor(a.ge(0), DType.BOOL, shape(3), 0, 1, 1);
    assertTensor(a.eq(0), DType.BOOL, shape(3), 0, 1, 0);
    assertTensor(a.ne(0), DType.BOOL, shape(3), 1, 0, 1);
    // The scalar converts to the integer dtype first: 0.5 becomes 0.
    assertTensor(a.lt(0.5), DType.BOOL, shape(3), 1, 0, 0);
  }

  @Test
  void signedZerosAreEqual() {
    Tensor zeros = Tensor.of(new double[] {0.0, -0.0}, 2);
    assertTensor(zeros.eq(0.0), DType.BOOL, shape(2), 1, 1);
    assertTensor(zeros.lt(0.0), DType.BOOL, shape(2), 0, 0);
  }

  @Test
  void boolComparesZeroAndOne() {
    Tensor a = Tensor.of(new int[] {0, 0, 1, 1}, 4).to(DType.BOOL);
    Tensor b = Tensor.of(new int[] {0, 1, 0, 1}, 4).to(DType.BOOL);
    assertTensor(a.lt(b), DType.BOOL, shape(4), 0, 1, 0, 0);
    assertTensor(a.ge(b), DType.BOOL, shape(4), 1, 0, 1, 1);
    assertTensor(a.eq(b), DType.BOOL, shape(4), 1, 0, 0, 1);
    assertTensor(a.ne(b), DType.BOOL, shape(4), 0, 1, 1, 0);
    assertTensor(a.eq(1), DType.BOOL, shape(4), 0, 0, 1, 1);
    // Any nonzero scalar is true.
    assertTensor(a.eq(7), DType.BOOL, shape(4), 0, 0, 1, 1);
  }

  @Test
  void comparisonsBroadcast() {
    Tensor column = Tensor.of(new int[] {1, 2}, 2, 1);
    Tensor row = Tensor.of(new int[] {0, 1, 2}, 3);
    assertTensor(column.gt(row), DType.BOOL, shape(2, 3), 1, 0, 0, 1, 1, 0);
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> row.eq(Tensor.zeros(DType.I32, 2)),
        "eq: shapes [3] and [2] cannot be broadcast");
    assertTensor(Tensor.zeros(DType.F32, 0).lt(1), DType.BOOL, shape(0));
  }

  @Test
  void comparisonOperandsMustShareADtype() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.F32, 1).le(Tensor.zeros(DType.BOOL, 1)),
        "le",
        "F32",
        "BOOL");
  }

  @Test
  void whereSelectsAndBroadcasts() {
    Tensor cond = Tensor.of(new int[] {1, 0, 1}, 3).to(DType.BOOL);
    Tensor a = Tensor.of(new float[] {1, 2}, 2, 1);
    Tensor b = Tensor.scalar(DType.F32, -1);
    assertTensor(Tensor.where(cond, a, b), DType.F32, shape(2, 3), 1, -1, 1, 2, -1, 2);
    Tensor x = Tensor.of(new int[] {-3, 4, -5}, 3);
    assertTensor(Tensor.where(x.gt(0), x, x.neg()), DType.I32, shape(3), 3, 4, 5);
    Tensor bools = Tensor.where(cond, cond, Tensor.scalar(DType.BOOL, 1));
    assertTensor(bools, DType.BOOL, shape(3), 1, 1, 1);
  }

  @Test
  void whereKeepsBitsExactly() {
    Tensor a = Tensor.of(new double[] {-0.0, Double.NaN}, 2);
    Tensor picked = Tensor.where(Tensor.ones(DType.BOOL, 2), a, Tensor.zeros(DType.F64, 2));
    org.junit.jupiter.api.Assertions.assertEquals(a, picked);
    Tensor h = floats(DType.BF16, new float[] {1.5f}, 1);
    assertTensor(
        Tensor.where(Tensor.zeros(DType.BOOL), Tensor.zeros(DType.BF16, 1), h),
        DType.BF16,
        shape(1),
        1.5);
  }

  @Test
  void whereChecksItsOperands() {
    Tensor f = Tensor.zeros(DType.F32, 2);
    Tensor cond = Tensor.ones(DType.BOOL, 2);
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.where(f, f, f), "where", "BOOL", "F32");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.where(cond, f, Tensor.zeros(DType.F64, 2)),
        "where",
        "F32",
        "F64");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.where(Tensor.ones(DType.BOOL, 3), f, f),
        "where",
        "[3]",
        "[2]");
    // Each operand's own shape, not the broadcast of two of them.
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.where(Tensor.ones(DType.BOOL, 2, 1), Tensor.zeros(DType.F32, 1, 3), Tensor.zeros(DType.F32, 4)),
        "where",
        "[2, 1] (cond)",
        "[1, 3] (a)",
        "[4] (b)");
    assertThrowsWith(NullPointerException.class, () -> Tensor.where(null, f, f), "cond");
    assertThrowsWith(NullPointerException.class, () -> Tensor.where(cond, null, f), "a");
    assertThrowsWith(NullPointerException.class, () -> Tensor.where(cond, f, null), "b");
  }
}
