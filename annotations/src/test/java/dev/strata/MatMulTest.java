package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.floats;
import static dev.strata.TensorAssertions.ints;
import static dev.strata.TensorAssertions.shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MatMulTest {
  /** [[1, 2, 3], [4, 5, 6]]. */
  private static Tensor a(DType dtype) {
    return Tensor.of(new int[] {1, 2, 3, 4, 5, 6}, 2, 3).to(dtype);
  }

  /** [[1, 0], [0, 1], [2, -1]]. */
  private static Tensor b(DType dtype) {
    return Tensor.of(new int[] {1, 0, 0, 1, 2, -1}, 3, 2).to(dtype);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16", "I32", "I8"})
  void matrixTimesMatrix(DType dtype) {
    assertTensor(a(dtype).matmul(b(dtype)), dtype, shape(2, 2), 7, -1, 16, -1);
    assertTensor(b(dtype).matmul(a(dtype)), dtype, shape(3, 3), 1, 2, 3, 4, 5, 6, -2, -1, 0);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "I32"})
  void vectorCases(DType dtype) {
    Tensor v = Tensor.of(new int[] {1, -1, 2}, 3).to(dtype);
    Tensor w = Tensor.of(new int[] {3, 1}, 2).to(dtype);
    // 1-D . 1-D is the inner product, of rank 0.
    assertTensor(v.matmul(v), dtype, shape(), 6);
    // 2-D . 1-D: matrix times column.
    assertTensor(a(dtype).matmul(v), dtype, shape(2), 5, 11);
    // 1-D . 2-D: row times matrix.
    assertTensor(v.matmul(b(dtype)), dtype, shape(2), 5, -3);
    assertTensor(w.matmul(a(dtype)), dtype, shape(3), 7, 11, 15);
  }

  @Test
  void batchedWithBroadcastBatchDims() {
    // [2, 1, 2, 2] . [3, 2, 1] -> [2, 3, 2, 1]
    Tensor left = Tensor.arange(DType.I32, 8).reshape(2, 1, 2, 2);
    Tensor right = Tensor.of(new int[] {1, 0, 0, 1, 1, 1}, 3, 2, 1);
    Tensor out = left.matmul(right);
    assertTensor(
        out,
        DType.I32,
        shape(2, 3, 2, 1),
        // left[0] = [[0, 1], [2, 3]] times [1, 0], [0, 1], [1, 1]
        0,
        2,
        1,
        3,
        1,
        5,
        // left[1] = [[4, 5], [6, 7]]
        4,
        6,
        5,
        7,
        9,
        13);
  }

  @Test
  void batchedMatrixTimesVectorAndVectorTimesBatch() {
    Tensor stack = Tensor.arange(DType.F64, 12).reshape(2, 2, 3);
    Tensor v = Tensor.of(new double[] {1, 0, -1}, 3);
    assertTensor(stack.matmul(v), DType.F64, shape(2, 2), -2, -2, -2, -2);
    Tensor u = Tensor.of(new double[] {1, 1}, 2);
    assertTensor(u.matmul(stack), DType.F64, shape(2, 3), 3, 5, 7, 15, 17, 19);
  }

  @Test
  void floatsAccumulateInDouble() {
    // In float, 1e8 + 1 - 1e8 would be 0.
    Tensor x = Tensor.of(new float[] {1e8f, 1, -1e8f}, 3);
    Tensor ones = Tensor.ones(DType.F32, 3);
    assertTensor(x.matmul(ones), DType.F32, shape(), 1);
    Tensor h = floats(DType.F16, new float[] {60000, 60000}, 2);
    Tensor signs = floats(DType.F16, new float[] {1, -1}, 2);
    assertTensor(h.matmul(signs), DType.F16, shape(), 0);
  }

  @Test
  void integersWrap() {
    Tensor big = Tensor.of(new int[] {65536, 65536}, 2);
    assertTensor(big.matmul(big), DType.I32, shape(), 0);
    // I8 accumulates in int and narrows once: 100*2 + 100*2 = 400 -> (byte) 400 = -112.
    Tensor x = ints(DType.I8, new int[] {100, 100}, 2);
    Tensor y = ints(DType.I8, new int[] {2, 2}, 2);
    assertTensor(x.matmul(y), DType.I8, shape(), -112);
  }

  @Test
  void zeroSizeInnerDimensionGivesZeros() {
    Tensor left = Tensor.zeros(DType.F32, 2, 0);
    Tensor right = Tensor.zeros(DType.F32, 0, 3);
    assertTensor(left.matmul(right), DType.F32, shape(2, 3), 0, 0, 0, 0, 0, 0);
    assertTensor(right.matmul(Tensor.zeros(DType.F32, 3, 4)), DType.F32, shape(0, 4));
    assertTensor(
        Tensor.zeros(DType.I32, 0).matmul(Tensor.zeros(DType.I32, 0)), DType.I32, shape(), 0);
  }

  @Test
  void errors() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> a(DType.F32).matmul(a(DType.F32)),
        "matmul",
        "[2, 3]",
        "[2, 3]",
        "inner");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.F32, 3).matmul(Tensor.zeros(DType.F32, 4)),
        "[3] and [4]");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.F32, 2, 2, 3).matmul(Tensor.zeros(DType.F32, 3, 3, 1)),
        "matmul",
        "batch",
        "[2, 2, 3]",
        "[3, 3, 1]");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.scalar(DType.F32, 1).matmul(Tensor.zeros(DType.F32, 1)),
        "matmul",
        "rank");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> a(DType.F32).matmul(b(DType.F64)),
        "matmul",
        "F32",
        "F64");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.ones(DType.BOOL, 2, 2).matmul(Tensor.ones(DType.BOOL, 2, 2)),
        "matmul",
        "BOOL");
    assertThrowsWith(NullPointerException.class, () -> a(DType.F32).matmul(null), "other");
  }
}
