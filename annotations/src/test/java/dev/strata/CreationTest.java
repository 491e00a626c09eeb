package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.shape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CreationTest {
  @Test
  void ofCopiesFloatData() {
    float[] data = {1, 2, 3, 4, 5, 6};
    Tensor t = Tensor.of(data, 2, 3);
    data[0] = 99;
    assertTensor(t, DType.F32, shape(2, 3), 1, 2, 3, 4, 5, 6);
  }

  @Test
  void ofDoubleIsF64AndIntIsI32() {
    assertTensor(Tensor.of(new double[] {0.1, 0.2}, 2), DType.F64, shape(2), 0.1, 0.2);
    assertTensor(Tensor.of(new int[] {-1, 7}, 1, 2), DType.I32, shape(1, 2), -1, 7);
  }

  @Test
  void ofWithoutShapeIsRankZero() {
    assertTensor(Tensor.of(new float[] {5}), DType.F32, shape(), 5);
  }

  @Test
  void ofZeroSize() {
    assertTensor(Tensor.of(new float[0], 2, 0, 3), DType.F32, shape(2, 0, 3));
  }

  @Test
  void ofRejectsLengthMismatch() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.of(new float[5], 2, 3),
        "data length 5",
        "[2, 3]",
        "6 elements");
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.of(new int[] {1, 2, 3}), "length 3", "[]");
  }

  @Test
  void rejectsNegativeDims() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.F32, 2, -1),
        "negative dimension -1",
        "[2, -1]");
  }

  @Test
  void rejectsElementCountBeyondInt() {
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.I8, 1L << 16, 1L << 16),
        "[65536, 65536]",
        "too large");
    // Even with a zero dim, the nonzero dims must multiply to an int.
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.zeros(DType.I8, 0, 1L << 32), "too large");
    // The JVM allocates no array of Integer.MAX_VALUE elements: refused up front, not by an OutOfMemoryError.
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.zeros(DType.I8, Integer.MAX_VALUE), "zeros", "too large");
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.arange(DType.BOOL, Integer.MAX_VALUE), "arange", "too large");
  }

  @Test
  void factoryErrorsNameTheFactoryCalled() {
    assertThrowsWith(IllegalArgumentException.class, () -> Tensor.zeros(DType.F32, 2, -1), "zeros:", "[2, -1]");
    assertThrowsWith(IllegalArgumentException.class, () -> Tensor.ones(DType.I8, 65536, 65536), "ones:", "too large");
    assertThrowsWith(IllegalArgumentException.class, () -> Tensor.full(DType.F64, 1, -3), "full:", "[-3]");
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThrowsWith(NullPointerException.class, () -> Tensor.of((float[]) null), "data");
    assertThrowsWith(NullPointerException.class, () -> Tensor.zeros(null, 2), "dtype");
    assertThrowsWith(
        NullPointerException.class, () -> Tensor.zeros(DType.F32, (long[]) null), "shape");
  }

  @Test
  void scalarConvertsLikeTo() {
    assertTensor(Tensor.scalar(DType.F32, 0.1), DType.F32, shape(), (float) 0.1);
    assertTensor(Tensor.scalar(DType.F64, 0.1), DType.F64, shape(), 0.1);
    assertTensor(Tensor.scalar(DType.I32, -2.7), DType.I32, shape(), -2);
    assertTensor(Tensor.scalar(DType.I8, 300), DType.I8, shape(), 44);
    assertTensor(Tensor.scalar(DType.BOOL, -0.5), DType.BOOL, shape(), 1);
    assertTensor(Tensor.scalar(DType.BOOL, 0), DType.BOOL, shape(), 0);
    // 1 + 2^-11 is a tie in F16 and rounds to even, 1.0.
    assertTensor(Tensor.scalar(DType.F16, 1 + 0x1p-11), DType.F16, shape(), 1.0);
    // 1 + 3 * 2^-8 is a tie in BF16 between 1 + 2^-7 (odd) and 1 + 2^-6 (even).
    assertTensor(Tensor.scalar(DType.BF16, 1 + 3 * 0x1p-8), DType.BF16, shape(), 1 + 0x1p-6);
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void zerosOnesFull(DType dtype) {
    assertTensor(Tensor.zeros(dtype, 2, 1), dtype, shape(2, 1), 0, 0);
    assertTensor(Tensor.ones(dtype, 3), dtype, shape(3), 1, 1, 1);
    double two = dtype == DType.BOOL ? 1 : 2;
    assertTensor(Tensor.full(dtype, 2, 2), dtype, shape(2), two, two);
    assertTensor(Tensor.zeros(dtype, 0), dtype, shape(0));
    assertTensor(Tensor.ones(dtype), dtype, shape(), 1);
  }

  @Test
  void fullRoundsAndWraps() {
    assertTensor(Tensor.full(DType.I8, 129.9, 2), DType.I8, shape(2), -127, -127);
    assertTensor(Tensor.full(DType.I32, Double.NaN, 1), DType.I32, shape(1), 0);
    assertTensor(Tensor.full(DType.I32, 1e20, 1), DType.I32, shape(1), Integer.MAX_VALUE);
    assertTensor(Tensor.full(DType.F16, 1e6, 1), DType.F16, shape(1), Double.POSITIVE_INFINITY);
  }

  @Test
  void arange() {
    assertTensor(Tensor.arange(DType.I32, 4), DType.I32, shape(4), 0, 1, 2, 3);
    assertTensor(Tensor.arange(DType.F64, 3), DType.F64, shape(3), 0, 1, 2);
    assertTensor(Tensor.arange(DType.BOOL, 3), DType.BOOL, shape(3), 0, 1, 1);
    assertTensor(Tensor.arange(DType.F32, 0), DType.F32, shape(0));
    Tensor wrapped = Tensor.arange(DType.I8, 130);
    assertEquals(127, wrapped.get(127));
    assertEquals(-128, wrapped.get(128));
    assertEquals(-127, wrapped.get(129));
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.arange(DType.F32, -1), "arange", "-1");
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16"})
  void randIsDeterministicAndInUnitInterval(DType dtype) {
    Tensor a = Tensor.rand(42, dtype, 64, 64);
    Tensor b = Tensor.rand(42, dtype, 64, 64);
    Tensor c = Tensor.rand(43, dtype, 64, 64);
    assertEquals(a, b);
    assertNotEquals(a, c);
    double sum = 0;
    for (double v : a.toDoubleArray()) {
      assertTrue(v >= 0 && v < 1, () -> "out of [0, 1): " + v);
      sum += v;
    }
    assertEquals(0.5, sum / a.numel(), 0.02);
  }

  @Test
  void randIsCounterBased() {
    Tensor t = Tensor.rand(7, DType.F64, 3, 4);
    double[] values = t.toDoubleArray();
    for (int i = 0; i < values.length; i++) {
      assertEquals(RandomStream.uniform(7, i), values[i]);
    }
    // The same element of a larger tensor: element i depends on i only, not on the shape.
    assertEquals(values[5], Tensor.rand(7, DType.F64, 100).get(5));
    float[] f32 = Tensor.rand(7, DType.F32, 12).toFloatArray();
    for (int i = 0; i < f32.length; i++) {
      assertEquals((float) RandomStream.uniform(7, i, DType.F32), f32[i]);
    }
  }

  @Test
  void randOnIntegerAndBoolDtypesConvertsLikeTo() {
    assertTensor(Tensor.rand(1, DType.I32, 3), DType.I32, shape(3), 0, 0, 0);
    assertTensor(Tensor.rand(1, DType.I8, 2), DType.I8, shape(2), 0, 0);
    assertArrayEquals(
        Tensor.rand(1, DType.F32, 5).to(DType.BOOL).toIntArray(),
        Tensor.rand(1, DType.BOOL, 5).toIntArray());
  }

  @Test
  void randnIsDeterministicWithStandardMoments() {
    Tensor a = Tensor.randn(3, DType.F64, 100_000);
    assertEquals(a, Tensor.randn(3, DType.F64, 100_000));
    double mean = a.mean().item();
    double variance = a.square().mean().item() - mean * mean;
    assertEquals(0.0, mean, 0.02);
    assertEquals(1.0, variance, 0.02);
    double[] values = a.toDoubleArray();
    for (int i = 0; i < 10; i++) {
      assertEquals(RandomStream.normal(3, i), values[i]);
    }
    assertEquals((float) RandomStream.normal(3, 4), Tensor.randn(3, DType.F32, 8).get(4));
  }

  @Test
  void randnRoundsToHalfDtypes() {
    Tensor h = Tensor.randn(5, DType.BF16, 16);
    Tensor f = Tensor.randn(5, DType.F32, 16);
    assertEquals(f.to(DType.BF16), h);
    assertFalse(h.to(DType.F32).equals(f));
  }
}
