package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.floats;
import static dev.strata.TensorAssertions.ints;
import static dev.strata.TensorAssertions.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BinaryOpsTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16"})
  void floatingArithmeticOnExactValues(DType dtype) {
    Tensor a = floats(dtype, new float[] {1, -2, 4, 0.5f}, 2, 2);
    Tensor b = floats(dtype, new float[] {4, 0.25f, -2, 2}, 2, 2);
    assertTensor(a.add(b), dtype, shape(2, 2), 5, -1.75, 2, 2.5);
    assertTensor(a.sub(b), dtype, shape(2, 2), -3, -2.25, 6, -1.5);
    assertTensor(a.mul(b), dtype, shape(2, 2), 4, -0.5, -8, 1);
    assertTensor(a.div(b), dtype, shape(2, 2), 0.25, -8, -2, 0.25);
    assertTensor(a.pow(b), dtype, shape(2, 2), 1, NAN, 0.0625, 0.25);
    assertTensor(a.maximum(b), dtype, shape(2, 2), 4, 0.25, 4, 2);
    assertTensor(a.minimum(b), dtype, shape(2, 2), 1, -2, -2, 0.5);
  }

  @Test
  void f32RoundsTheDoubleResult() {
    Tensor a = Tensor.of(new float[] {0.1f}, 1);
    Tensor b = Tensor.of(new float[] {0.2f}, 1);
    assertTensor(a.add(b), DType.F32, shape(1), (float) ((double) 0.1f + (double) 0.2f));
    float tripled = (float) (0.2f * 3.0);
    assertTensor(a.div(b.mul(3)), DType.F32, shape(1), (float) ((double) 0.1f / tripled));
    Tensor big = Tensor.of(new float[] {Float.MAX_VALUE}, 1);
    assertTensor(big.add(big), DType.F32, shape(1), INF);
  }

  @Test
  void f64Arithmetic() {
    Tensor a = Tensor.of(new double[] {0.1, 1, -1}, 3);
    Tensor b = Tensor.of(new double[] {0.2, 0, 0}, 3);
    assertTensor(a.add(b), DType.F64, shape(3), 0.30000000000000004, 1, -1);
    assertTensor(a.div(b), DType.F64, shape(3), 0.5, INF, -INF);
    assertTensor(b.div(b), DType.F64, shape(3), 1, NAN, NAN);
  }

  @Test
  void f16RoundsToNearestEven() {
    // Near 1, F16 values are 2^-10 apart: adding 2^-11 is always a tie.
    Tensor base = floats(DType.F16, new float[] {1, 1 + 0x1p-10f}, 2);
    Tensor half = floats(DType.F16, new float[] {0x1p-11f}, 1);
    assertTensor(base.add(half), DType.F16, shape(2), 1, 1 + 0x1p-9);
    assertTensor(floats(DType.F16, new float[] {60000}, 1).mul(2), DType.F16, shape(1), INF);
  }

  @Test
  void bf16RoundsToNearestEven() {
    // Near 1, BF16 values are 2^-7 apart: adding 2^-8 is always a tie.
    Tensor base = floats(DType.BF16, new float[] {1, 1 + 0x1p-7f}, 2);
    Tensor half = floats(DType.BF16, new float[] {0x1p-8f}, 1);
    assertTensor(base.add(half), DType.BF16, shape(2), 1, 1 + 0x1p-6);
    // Just above the tie rounds up.
    Tensor more = floats(DType.BF16, new float[] {0x1p-8f + 0x1p-14f}, 1);
    assertTensor(base.add(more), DType.BF16, shape(2), 1 + 0x1p-7, 1 + 0x1p-6);
  }

  @Test
  void i32WrapsAndDividesLikeJava() {
    Tensor a = Tensor.of(new int[] {Integer.MAX_VALUE, 7, -7, Integer.MIN_VALUE}, 4);
    Tensor b = Tensor.of(new int[] {1, -2, 2, -1}, 4);
    assertTensor(a.add(b), DType.I32, shape(4), Integer.MIN_VALUE, 5, -5, Integer.MAX_VALUE);
    assertTensor(
        a.sub(b), DType.I32, shape(4), Integer.MAX_VALUE - 1, 9, -9, Integer.MIN_VALUE + 1);
    assertTensor(a.mul(b), DType.I32, shape(4), Integer.MAX_VALUE, -14, -14, Integer.MIN_VALUE);
    assertTensor(a.div(b), DType.I32, shape(4), Integer.MAX_VALUE, -3, -3, Integer.MIN_VALUE);
    assertTensor(a.maximum(b), DType.I32, shape(4), Integer.MAX_VALUE, 7, 2, -1);
    assertTensor(a.minimum(b), DType.I32, shape(4), 1, -2, -7, Integer.MIN_VALUE);
    Tensor square = Tensor.of(new int[] {65536}, 1);
    assertTensor(square.mul(square), DType.I32, shape(1), 0);
  }

  @Test
  void i8ComputesInIntAndWraps() {
    Tensor a = ints(DType.I8, new int[] {100, -128, 16, -128, 7}, 5);
    Tensor b = ints(DType.I8, new int[] {100, 1, 16, -1, -2}, 5);
    assertTensor(a.add(b), DType.I8, shape(5), -56, -127, 32, 127, 5);
    assertTensor(a.sub(b), DType.I8, shape(5), 0, 127, 0, -127, 9);
    assertTensor(a.mul(b), DType.I8, shape(5), 16, -128, 0, -128, -14);
    assertTensor(a.div(b), DType.I8, shape(5), 1, -128, 1, -128, -3);
  }

  @Test
  void integerPowMultipliesInWrappingIntegerArithmetic() {
    Tensor base = Tensor.of(new int[] {2, 2, 3, -2, -1, 1, 2, 3}, 8);
    Tensor exponent = Tensor.of(new int[] {10, -1, 2, 3, -3, -5, 31, 20}, 8);
    // 2^31 wraps to MIN_VALUE; 3^20 = 3486784401 wraps to 3486784401 - 2^32.
    assertTensor(
        base.pow(exponent), DType.I32, shape(8), 1024, 0, 9, -8, -1, 1, Integer.MIN_VALUE, -808182895);
    // I8 wraps like byte: 1024 -> 0, 2^31 -> 0, 3^20 = 145 (mod 256) -> -111.
    assertTensor(
        base.to(DType.I8).pow(exponent.to(DType.I8)), DType.I8, shape(8), 0, 0, 9, -8, -1, 1, 0, -111);
    assertTensor(ints(DType.I8, new int[] {2}, 1).pow(7), DType.I8, shape(1), -128);
  }

  @Test
  void integerZeroToANegativePowerThrowsLikeADivisionByZero() {
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> Tensor.of(new int[] {0}, 1).pow(-1));
    assertTrue(e.getMessage().contains("pow"), e.getMessage());
  }

  @Test
  void integerDivisionByZeroThrows() {
    Tensor a = Tensor.of(new int[] {1, 2}, 2);
    assertThrowsWith(
        ArithmeticException.class, () -> a.div(Tensor.of(new int[] {1, 0}, 2)), "div", "zero");
    assertThrowsWith(ArithmeticException.class, () -> a.to(DType.I8).div(0), "div");
    // The scalar is truncated to 0 before dividing.
    assertThrowsWith(ArithmeticException.class, () -> a.div(0.5), "div");
  }

  @Test
  void maximumAndMinimumPropagateNan() {
    Tensor a = Tensor.of(new double[] {NAN, 1, -0.0}, 3);
    Tensor b = Tensor.of(new double[] {1, NAN, 0.0}, 3);
    assertTensor(a.maximum(b), DType.F64, shape(3), NAN, NAN, 0.0);
    assertTensor(a.minimum(b), DType.F64, shape(3), NAN, NAN, -0.0);
    assertEquals(-0.0, Tensor.scalar(DType.F64, -0.0).minimum(0.0).item());
    assertEquals(0.0, Tensor.scalar(DType.F64, -0.0).maximum(0.0).item());
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(Tensor.scalar(DType.F64, 0.0).minimum(-0.0).item()));
  }

  @Test
  void broadcastsLikeNumpy() {
    Tensor column = Tensor.of(new float[] {10, 20}, 2, 1);
    Tensor row = Tensor.of(new float[] {1, 2, 3}, 3);
    assertTensor(column.add(row), DType.F32, shape(2, 3), 11, 12, 13, 21, 22, 23);
    assertTensor(row.sub(column), DType.F32, shape(2, 3), -9, -8, -7, -19, -18, -17);
    Tensor scalar = Tensor.scalar(DType.F32, 2);
    assertTensor(row.mul(scalar), DType.F32, shape(3), 2, 4, 6);
    assertTensor(scalar.mul(row), DType.F32, shape(3), 2, 4, 6);
    Tensor batch = Tensor.arange(DType.I32, 4).reshape(2, 1, 2);
    Tensor other = Tensor.of(new int[] {0, 10, 20}, 3, 1);
    assertTensor(
        batch.add(other), DType.I32, shape(2, 3, 2), 0, 1, 10, 11, 20, 21, 2, 3, 12, 13, 22, 23);
  }

  @Test
  void broadcastsZeroSizeDims() {
    Tensor empty = Tensor.zeros(DType.F32, 0, 3);
    assertTensor(empty.add(Tensor.ones(DType.F32, 3)), DType.F32, shape(0, 3));
    assertTensor(empty.add(Tensor.ones(DType.F32, 1, 1)), DType.F32, shape(0, 3));
    assertTensor(
        Tensor.zeros(DType.I32, 2, 1).mul(Tensor.zeros(DType.I32, 0)), DType.I32, shape(2, 0));
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> empty.add(Tensor.ones(DType.F32, 2, 3)),
        "shapes [0, 3] and [2, 3] cannot be broadcast");
  }

  @Test
  void broadcastFailureNamesOpAndShapes() {
    Tensor a = Tensor.zeros(DType.F32, 2, 3);
    Tensor b = Tensor.zeros(DType.F32, 4);
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> a.add(b),
        "add: shapes [2, 3] and [4] cannot be broadcast");
    assertThrowsWith(
        IllegalArgumentException.class, () -> b.minimum(a), "minimum: shapes [4] and [2, 3]");
  }

  @Test
  void broadcastRejectsOversizedResults() {
    Tensor a = Tensor.zeros(DType.I8, 1 << 16, 1);
    Tensor b = Tensor.zeros(DType.I8, 1 << 16);
    assertThrowsWith(IllegalArgumentException.class, () -> a.add(b), "add", "elements");
  }

  @Test
  void operandsMustShareADtype() {
    Tensor f = Tensor.zeros(DType.F32, 2);
    Tensor d = Tensor.zeros(DType.F64, 2);
    assertThrowsWith(IllegalArgumentException.class, () -> f.mul(d), "mul", "F32", "F64");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.I32, 1).pow(Tensor.zeros(DType.I8, 1)),
        "pow",
        "I32",
        "I8");
  }

  @Test
  void boolArithmeticIsRejected() {
    Tensor b = Tensor.ones(DType.BOOL, 2);
    for (var op :
        new org.junit.jupiter.api.function.Executable[] {
          () -> b.add(b),
          () -> b.sub(b),
          () -> b.mul(b),
          () -> b.div(b),
          () -> b.pow(b),
          () -> b.maximum(b),
          () -> b.minimum(b),
          () -> b.add(1)
        }) {
      assertThrowsWith(IllegalArgumentException.class, op, "BOOL");
    }
    assertThrowsWith(IllegalArgumentException.class, () -> b.maximum(b), "maximum");
  }

  @Test
  void scalarOverloadsConvertTheScalarFirst() {
    Tensor i = Tensor.of(new int[] {5, -5}, 2);
    assertTensor(i.add(2.9), DType.I32, shape(2), 7, -3);
    assertTensor(i.mul(-1.5), DType.I32, shape(2), -5, 5);
    assertTensor(i.div(2), DType.I32, shape(2), 2, -2);
    assertTensor(i.sub(1), DType.I32, shape(2), 4, -6);
    assertTensor(i.pow(2), DType.I32, shape(2), 25, 25);
    assertTensor(i.maximum(0), DType.I32, shape(2), 5, 0);
    assertTensor(i.minimum(0), DType.I32, shape(2), 0, -5);
    assertTensor(i.to(DType.I8).add(300), DType.I8, shape(2), 49, 39);
    // 1 + 2^-8 rounds to 1 in BF16 before the multiplication.
    Tensor bf = floats(DType.BF16, new float[] {3}, 1);
    assertTensor(bf.mul(1 + 0x1p-8), DType.BF16, shape(1), 3);
    assertTensor(Tensor.of(new float[] {1}, 1).add(0.1), DType.F32, shape(1), 1.1f);
    assertTensor(Tensor.scalar(DType.F64, 2).pow(0.5), DType.F64, shape(), Math.sqrt(2));
  }

  @Test
  void nullOperandNamesTheParameter() {
    Tensor a = Tensor.zeros(DType.F32, 1);
    assertThrowsWith(NullPointerException.class, () -> a.add(null), "other");
    assertThrowsWith(NullPointerException.class, () -> a.lt(null), "other");
  }
}
