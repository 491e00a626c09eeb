package dev.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormattingTest {
  @Test
  void matrix() {
    assertEquals(
        "Tensor(F32[2, 3], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])",
        Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3).toString());
  }

  @Test
  void scalarAndVector() {
    assertEquals("Tensor(F64[], 0.1)", Tensor.scalar(DType.F64, 0.1).toString());
    assertEquals("Tensor(I32[3], [0, 1, 2])", Tensor.arange(DType.I32, 3).toString());
  }

  @Test
  void eachDtypePrintsItsValues() {
    assertEquals("Tensor(F32[], 0.1)", Tensor.scalar(DType.F32, 0.1).toString());
    assertEquals("Tensor(F16[], 0.099975586)", Tensor.scalar(DType.F16, 0.1).toString());
    assertEquals("Tensor(BF16[], 0.100097656)", Tensor.scalar(DType.BF16, 0.1).toString());
    assertEquals(
        "Tensor(I8[2], [-1, 127])", Tensor.of(new int[] {-1, 127}, 2).to(DType.I8).toString());
    assertEquals("Tensor(BOOL[2], [false, true])", Tensor.arange(DType.BOOL, 2).toString());
    assertEquals(
        "Tensor(F64[3], [NaN, -Infinity, -0.0])",
        Tensor.of(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0}, 3).toString());
  }

  @Test
  void zeroSize() {
    assertEquals("Tensor(F32[0], [])", Tensor.zeros(DType.F32, 0).toString());
    assertEquals("Tensor(I32[2, 0], [[], []])", Tensor.zeros(DType.I32, 2, 0).toString());
    assertEquals("Tensor(I32[0, 2], [])", Tensor.zeros(DType.I32, 0, 2).toString());
  }

  @Test
  void sixItemsPrintInFull() {
    assertEquals("Tensor(I32[6], [0, 1, 2, 3, 4, 5])", Tensor.arange(DType.I32, 6).toString());
  }

  @Test
  void longAxesElideTheMiddle() {
    assertEquals(
        "Tensor(I32[10], [0, 1, 2, ..., 7, 8, 9])", Tensor.arange(DType.I32, 10).toString());
    assertEquals(
        "Tensor(I32[7, 2], [[0, 1], [2, 3], [4, 5], ..., [8, 9], [10, 11], [12, 13]])",
        Tensor.arange(DType.I32, 14).reshape(7, 2).toString());
    assertEquals(
        "Tensor(I32[2, 7], [[0, 1, 2, ..., 4, 5, 6], [7, 8, 9, ..., 11, 12, 13]])",
        Tensor.arange(DType.I32, 14).reshape(2, 7).toString());
  }
}
