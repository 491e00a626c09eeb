package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.strata.internal.TensorData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversionTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  private final Tensor special =
      Tensor.of(new double[] {2.9, -2.9, NAN, INF, -INF, 1e10, -0.0, 200.5}, 8);

  @Test
  void floatingToI32TruncatesAndSaturates() {
    assertTensor(
        special.to(DType.I32),
        DType.I32,
        shape(8),
        2,
        -2,
        0,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE,
        0,
        200);
  }

  @Test
  void floatingToI8GoesThroughInt() {
    // (byte) (int) d: 1e10 saturates to MAX_VALUE, whose low byte is -1; 200 wraps to -56.
    assertTensor(special.to(DType.I8), DType.I8, shape(8), 2, -2, 0, -1, 0, -1, 0, -56);
  }

  @Test
  void anythingToBoolIsNonzero() {
    assertTensor(special.to(DType.BOOL), DType.BOOL, shape(8), 1, 1, 1, 1, 1, 1, 0, 1);
    assertTensor(
        Tensor.of(new int[] {0, -1, 256}, 3).to(DType.BOOL), DType.BOOL, shape(3), 0, 1, 1);
    // 256 wraps to 0 as I8, which is false.
    assertTensor(
        Tensor.of(new int[] {256}, 1).to(DType.I8).to(DType.BOOL), DType.BOOL, shape(1), 0);
  }

  @Test
  void boolToNumbersIsZeroOrOne() {
    Tensor b = Tensor.of(new int[] {0, 3}, 2).to(DType.BOOL);
    for (DType dtype : DType.values()) {
      assertTensor(b.to(dtype), dtype, shape(2), 0, 1);
    }
  }

  @Test
  void i32ToI8Wraps() {
    assertTensor(
        Tensor.of(new int[] {127, 128, -129, 255, 256}, 5).to(DType.I8),
        DType.I8,
        shape(5),
        127,
        -128,
        127,
        -1,
        0);
  }

  @Test
  void integersToFloatingRound() {
    Tensor big = Tensor.of(new int[] {16777217, 2049, 257}, 3);
    assertTensor(big.to(DType.F32), DType.F32, shape(3), 16777216, 2049, 257);
    assertTensor(big.to(DType.F64), DType.F64, shape(3), 16777217, 2049, 257);
    assertTensor(big.to(DType.F16), DType.F16, shape(3), INF, 2048, 257);
    assertTensor(big.to(DType.BF16), DType.BF16, shape(3), 16777216, 2048, 256);
  }

  @Test
  void floatingToFloatingRounds() {
    Tensor d = Tensor.of(new double[] {0.1, 65520, 1e-8, NAN, -0.0}, 5);
    assertTensor(d.to(DType.F32), DType.F32, shape(5), (float) 0.1, 65520, (float) 1e-8, NAN, -0.0);
    // 65520 is the F16 overflow threshold; 1e-8 underflows to zero.
    assertTensor(d.to(DType.F16), DType.F16, shape(5), 0.0999755859375, INF, 0, NAN, -0.0);
    assertTensor(
        d.to(DType.BF16), DType.BF16, shape(5), 0.10009765625, 65536, 172 * 0x1p-34, NAN, -0.0);
    Tensor h = d.to(DType.F16);
    assertTensor(h.to(DType.F64), DType.F64, shape(5), 0.0999755859375, INF, 0, NAN, -0.0);
    assertTensor(h.to(DType.BF16), DType.BF16, shape(5), 0.10009765625, INF, 0, NAN, -0.0);
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void toTheSameDtypeGivesAnEqualTensorWithItsOwnStorage(DType dtype) {
    Tensor t = Tensor.of(new double[] {0, 1, -2.5}, 3).to(dtype);
    Tensor same = t.to(dtype);
    assertEquals(t, same);
    assertNotSame(TensorData.storage(t), TensorData.storage(same));
  }

  @Test
  void toKeepsShape() {
    assertTensor(Tensor.zeros(DType.F32, 2, 0).to(DType.I8), DType.I8, shape(2, 0));
    assertTensor(Tensor.scalar(DType.F32, 3.5f).to(DType.I32), DType.I32, shape(), 3);
    assertThrowsWith(NullPointerException.class, () -> special.to(null), "target");
  }
}
