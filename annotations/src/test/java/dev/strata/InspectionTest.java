package dev.strata;

import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.floats;
import static dev.strata.TensorAssertions.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InspectionTest {
  private final Tensor matrix = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);

  @Test
  void shapeAccessors() {
    assertEquals(DType.F32, matrix.dtype());
    assertArrayEquals(shape(2, 3), matrix.shape());
    assertEquals(2, matrix.rank());
    assertEquals(6, matrix.numel());
    assertEquals(2, matrix.dim(0));
    assertEquals(3, matrix.dim(-1));
    assertEquals(2, matrix.dim(-2));
    assertEquals(1, Tensor.scalar(DType.F32, 1).numel());
    assertEquals(0, Tensor.scalar(DType.F32, 1).rank());
    assertEquals(0, Tensor.zeros(DType.F32, 4, 0).numel());
  }

  @Test
  void shapeIsACopy() {
    long[] s = matrix.shape();
    s[0] = 9;
    assertArrayEquals(shape(2, 3), matrix.shape());
  }

  @Test
  void dimRejectsAxisOutOfRange() {
    assertThrowsWith(
        IllegalArgumentException.class, () -> matrix.dim(2), "dim", "axis 2", "rank 2");
    assertThrowsWith(IllegalArgumentException.class, () -> matrix.dim(-3), "axis -3", "rank 2");
  }

  @Test
  void toArraysConvertLikeTo() {
    Tensor t = Tensor.of(new double[] {-1.5, 2.7, Double.NaN, 1e10}, 4);
    assertArrayEquals(new float[] {-1.5f, 2.7f, Float.NaN, 1e10f}, t.toFloatArray());
    assertArrayEquals(new double[] {-1.5, 2.7, Double.NaN, 1e10}, t.toDoubleArray());
    assertArrayEquals(new int[] {-1, 2, 0, Integer.MAX_VALUE}, t.toIntArray());
    Tensor bools = Tensor.of(new int[] {0, 5}, 2).to(DType.BOOL);
    assertArrayEquals(new int[] {0, 1}, bools.toIntArray());
    assertArrayEquals(new float[] {0, 1}, bools.toFloatArray());
  }

  @Test
  void toArraysAreFreshCopies() {
    float[] a = matrix.toFloatArray();
    a[0] = 100;
    assertEquals(1, matrix.get(0, 0));
    int[] ints = Tensor.arange(DType.I32, 3).toIntArray();
    ints[0] = 5;
    assertEquals(0, Tensor.arange(DType.I32, 3).get(0));
  }

  @Test
  void item() {
    assertEquals(2.5, Tensor.scalar(DType.F64, 2.5).item());
    assertEquals(7, Tensor.of(new int[] {7}, 1, 1).item());
    assertEquals(1, Tensor.scalar(DType.BOOL, 1).item());
    assertThrowsWith(
        IllegalArgumentException.class, matrix::item, "item", "exactly one element", "[2, 3]");
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.zeros(DType.F32, 0).item(), "[0]");
  }

  @Test
  void get() {
    assertEquals(1, matrix.get(0, 0));
    assertEquals(6, matrix.get(1, 2));
    assertEquals(4, matrix.get(1, 0));
    assertEquals(3.0, Tensor.scalar(DType.F32, 3).get());
    assertEquals(-0.5, floats(DType.F16, new float[] {-0.5f}, 1).get(0));
  }

  @Test
  void getChecksIndices() {
    assertThrowsWith(
        IndexOutOfBoundsException.class, () -> matrix.get(2, 0), "[2, 0]", "shape [2, 3]");
    assertThrowsWith(IndexOutOfBoundsException.class, () -> matrix.get(0, -1), "[0, -1]");
    assertThrowsWith(
        IllegalArgumentException.class, () -> matrix.get(1), "expected 2 indices", "got 1");
    assertThrowsWith(NullPointerException.class, () -> matrix.get((long[]) null), "index");
  }

  @Test
  void allCloseUsesRelativeAndAbsoluteTolerance() {
    Tensor a = Tensor.of(new double[] {1.0, 100.0}, 2);
    Tensor b = Tensor.of(new double[] {1.001, 100.1}, 2);
    assertTrue(a.allClose(b, 1e-3, 1e-9));
    assertFalse(a.allClose(b, 1e-4, 1e-9));
    assertTrue(a.allClose(b, 0, 0.11));
    assertFalse(a.allClose(b, 0, 0.01));
  }

  @Test
  void allCloseNanAndInfinity() {
    Tensor a = Tensor.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY}, 2);
    assertTrue(a.allClose(a, 0, 0));
    assertFalse(a.allClose(Tensor.of(new double[] {0, Double.POSITIVE_INFINITY}, 2), 1, 1));
    assertFalse(a.allClose(Tensor.of(new double[] {Double.NaN, 1e308}, 2), 1, 1));
    assertFalse(
        a.allClose(Tensor.of(new double[] {Double.NaN, Double.NEGATIVE_INFINITY}, 2), 1, 1));
  }

  @Test
  void allCloseAcrossDtypesAndShapes() {
    Tensor f = Tensor.of(new float[] {0.1f, 2}, 2);
    assertTrue(f.allClose(Tensor.of(new double[] {0.1, 2}, 2), 1e-7, 0));
    assertFalse(f.allClose(Tensor.of(new double[] {0.1, 2}, 2), 0, 0));
    assertTrue(Tensor.of(new int[] {1, 2}, 2).allClose(Tensor.of(new double[] {1, 2}, 2), 0, 0));
    assertFalse(f.allClose(f.reshape(1, 2), 1, 1));
    assertTrue(Tensor.zeros(DType.F32, 0).allClose(Tensor.zeros(DType.I8, 0), 0, 0));
    assertThrowsWith(NullPointerException.class, () -> f.allClose(null, 0, 0), "other");
  }

  @Test
  void equalsComparesDtypeShapeAndBits() {
    Tensor same = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertEquals(matrix, same);
    assertEquals(matrix.hashCode(), same.hashCode());
    assertNotEquals(matrix, matrix.reshape(3, 2));
    assertNotEquals(matrix, matrix.to(DType.F64));
    assertNotEquals(Tensor.scalar(DType.F32, 0.0), Tensor.scalar(DType.F32, -0.0));
    assertEquals(Tensor.scalar(DType.F64, Double.NaN), Tensor.scalar(DType.F64, Double.NaN));
    assertNotEquals(matrix, null);
    assertNotEquals(matrix, "matrix");
    assertEquals(Tensor.zeros(DType.BF16, 2), Tensor.zeros(DType.BF16, 2));
    assertNotEquals(Tensor.zeros(DType.BF16, 2), Tensor.zeros(DType.F16, 2));
  }
}
