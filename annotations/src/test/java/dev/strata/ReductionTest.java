package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.floats;
import static dev.strata.TensorAssertions.ints;
import static dev.strata.TensorAssertions.shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReductionTest {
  private static final double NAN = Double.NaN;

  /** [[1, 5, 3], [4, 2, 6]]. */
  private static Tensor matrix(DType dtype) {
    return Tensor.of(new int[] {1, 5, 3, 4, 2, 6}, 2, 3).to(dtype);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16", "I32", "I8"})
  void sumMaxMinAlongAxes(DType dtype) {
    Tensor m = matrix(dtype);
    assertTensor(m.sum(0, false), dtype, shape(3), 5, 7, 9);
    assertTensor(m.sum(1, false), dtype, shape(2), 9, 12);
    assertTensor(m.sum(-1, true), dtype, shape(2, 1), 9, 12);
    assertTensor(m.sum(0, true), dtype, shape(1, 3), 5, 7, 9);
    assertTensor(m.sum(), dtype, shape(), 21);
    assertTensor(m.max(0, false), dtype, shape(3), 4, 5, 6);
    assertTensor(m.max(1, true), dtype, shape(2, 1), 5, 6);
    assertTensor(m.max(), dtype, shape(), 6);
    assertTensor(m.min(-2, false), dtype, shape(3), 1, 2, 3);
    assertTensor(m.min(1, false), dtype, shape(2), 1, 2);
    assertTensor(m.min(), dtype, shape(), 1);
    assertTensor(m.argmax(1, false), DType.I32, shape(2), 1, 2);
    assertTensor(m.argmax(0, true), DType.I32, shape(1, 3), 1, 0, 1);
  }

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16"})
  void meanAlongAxes(DType dtype) {
    Tensor m = matrix(dtype);
    assertTensor(m.mean(0, false), dtype, shape(3), 2.5, 3.5, 4.5);
    assertTensor(m.mean(1, true), dtype, shape(2, 1), 3, 4);
    assertTensor(m.mean(), dtype, shape(), 3.5);
  }

  @Test
  void reductionsOfRank3Middle() {
    Tensor t = Tensor.arange(DType.I32, 24).reshape(2, 3, 4);
    assertTensor(t.sum(1, false), DType.I32, shape(2, 4), 12, 15, 18, 21, 48, 51, 54, 57);
    assertTensor(t.max(-2, true), DType.I32, shape(2, 1, 4), 8, 9, 10, 11, 20, 21, 22, 23);
    assertTensor(t.argmax(2, false), DType.I32, shape(2, 3), 3, 3, 3, 3, 3, 3);
  }

  @Test
  void sumAccumulatesInDoubleAndRoundsOnce() {
    // In float, 1e8 + 1 + 1 + ... would lose every 1; in double they add up exactly.
    float[] values = new float[11];
    values[0] = 1e8f;
    java.util.Arrays.fill(values, 1, 11, 1f);
    assertTensor(Tensor.of(values, 11).sum(), DType.F32, shape(), (float) 100000010.0);
    // F16 sums beyond its range only overflow on the final store.
    Tensor halves = floats(DType.F16, new float[] {60000, 60000, -60000}, 3);
    assertTensor(halves.sum(), DType.F16, shape(), 60000);
    assertTensor(halves.mean(), DType.F16, shape(), 20000);
  }

  @Test
  void integerSumsWrap() {
    Tensor i = Tensor.of(new int[] {Integer.MAX_VALUE, 1, 1}, 3);
    assertTensor(i.sum(), DType.I32, shape(), Integer.MIN_VALUE + 1);
    Tensor b = ints(DType.I8, new int[] {100, 100, 100}, 3);
    assertTensor(b.sum(), DType.I8, shape(), 44);
    assertTensor(b.sum(0, true), DType.I8, shape(1), 44);
  }

  @Test
  void maxMinPropagateNanAndArgmaxPicksFirstNan() {
    Tensor t = Tensor.of(new double[] {1, NAN, 3, NAN, 5, 0}, 2, 3);
    assertTensor(t.max(1, false), DType.F64, shape(2), NAN, NAN);
    assertTensor(t.min(0, false), DType.F64, shape(3), NAN, NAN, 0);
    assertTensor(t.max(), DType.F64, shape(), NAN);
    assertTensor(t.argmax(1, false), DType.I32, shape(2), 1, 0);
    assertTensor(t.argmax(0, false), DType.I32, shape(3), 1, 0, 0);
    Tensor v = Tensor.of(new float[] {2, 7, 7, Float.NaN, Float.NaN}, 5);
    assertTensor(v.argmax(0, false), DType.I32, shape(), 3);
    assertTensor(v.slice(0, 0, 3).argmax(0, false), DType.I32, shape(), 1);
  }

  @Test
  void argmaxTakesTheFirstOfTies() {
    assertTensor(Tensor.of(new int[] {3, 9, 9, 1}, 4).argmax(0, false), DType.I32, shape(), 1);
    assertTensor(ints(DType.I8, new int[] {-5, -5}, 2).argmax(-1, true), DType.I32, shape(1), 0);
  }

  @Test
  void zeroSizeAxes() {
    Tensor empty = Tensor.zeros(DType.F32, 2, 0);
    assertTensor(empty.sum(1, false), DType.F32, shape(2), 0, 0);
    assertTensor(empty.mean(1, false), DType.F32, shape(2), NAN, NAN);
    assertTensor(empty.sum(), DType.F32, shape(), 0);
    assertTensor(empty.mean(), DType.F32, shape(), NAN);
    assertTensor(Tensor.zeros(DType.I32, 0).sum(), DType.I32, shape(), 0);
    // Reducing a nonzero axis of a zero-size tensor gives a zero-size result.
    assertTensor(empty.max(0, false), DType.F32, shape(0));
    assertTensor(empty.argmax(0, true), DType.I32, shape(1, 0));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> empty.max(1, false),
        "max",
        "axis 1",
        "size 0",
        "[2, 0]");
    assertThrowsWith(IllegalArgumentException.class, () -> empty.min(-1, true), "min", "[2, 0]");
    assertThrowsWith(
        IllegalArgumentException.class, () -> empty.argmax(1, false), "argmax", "[2, 0]");
    assertThrowsWith(IllegalArgumentException.class, empty::max, "max", "[2, 0]");
    assertThrowsWith(IllegalArgumentException.class, empty::min, "min", "[2, 0]");
  }

  @Test
  void rankZeroReducesToItself() {
    Tensor s = Tensor.scalar(DType.F64, 2.5);
    assertTensor(s.sum(), DType.F64, shape(), 2.5);
    assertTensor(s.max(), DType.F64, shape(), 2.5);
    assertThrowsWith(
        IllegalArgumentException.class, () -> s.sum(0, false), "sum", "axis 0", "rank 0");
  }

  @Test
  void axisOutOfRange() {
    Tensor m = matrix(DType.F32);
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.sum(2, false), "sum: axis 2", "rank 2");
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.mean(-3, false), "mean: axis -3", "rank 2");
    assertThrowsWith(IllegalArgumentException.class, () -> m.argmax(5, true), "argmax", "5");
  }

  @Test
  void meanRequiresAFloatingDtype() {
    assertThrowsWith(IllegalArgumentException.class, () -> matrix(DType.I32).mean(), "mean", "I32");
    assertThrowsWith(
        IllegalArgumentException.class, () -> matrix(DType.I8).mean(0, false), "mean", "I8");
  }

  @Test
  void reductionsRejectBool() {
    Tensor b = Tensor.ones(DType.BOOL, 2);
    assertThrowsWith(IllegalArgumentException.class, b::sum, "sum", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, () -> b.max(0, false), "max", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, b::min, "min", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, b::mean, "mean", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, () -> b.argmax(0, false), "argmax", "BOOL");
  }
}
