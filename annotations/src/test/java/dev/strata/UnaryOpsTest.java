package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.floats;
import static dev.strata.TensorAssertions.ints;
import static dev.strata.TensorAssertions.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.SpecialFunctions;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnaryOpsTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  private static final List<UnaryOperator<Tensor>> FLOATING_ONLY =
      List.of(
          Tensor::exp,
          Tensor::log,
          Tensor::sqrt,
          Tensor::rsqrt,
          Tensor::tanh,
          Tensor::sigmoid,
          Tensor::gelu,
          Tensor::erf,
          Tensor::sin,
          Tensor::cos,
          Tensor::reciprocal);

  @ParameterizedTest
  @EnumSource(
      value = DType.class,
      names = {"F32", "F64", "F16", "BF16"})
  void exactFloatingResults(DType dtype) {
    Tensor x = floats(dtype, new float[] {-2, -0.0f, 0.5f, 4}, 4);
    assertTensor(x.neg(), dtype, shape(4), 2, 0.0, -0.5, -4);
    assertTensor(x.abs(), dtype, shape(4), 2, 0, 0.5, 4);
    assertTensor(x.relu(), dtype, shape(4), 0, 0, 0.5, 4);
    assertTensor(x.square(), dtype, shape(4), 4, 0, 0.25, 16);
    assertTensor(x.reciprocal(), dtype, shape(4), -0.5, -INF, 2, 0.25);
    Tensor y = floats(dtype, new float[] {0, 1, 4, 0.25f}, 4);
    assertTensor(y.sqrt(), dtype, shape(4), 0, 1, 2, 0.5);
    assertTensor(y.rsqrt(), dtype, shape(4), INF, 1, 0.5, 2);
    assertTensor(
        y.log(), dtype, shape(4), -INF, 0, round(dtype, Math.log(4)), round(dtype, Math.log(0.25)));
    Tensor zero = floats(dtype, new float[] {0}, 1);
    assertTensor(zero.exp(), dtype, shape(1), 1);
    assertTensor(zero.tanh(), dtype, shape(1), 0);
    assertTensor(zero.sigmoid(), dtype, shape(1), 0.5);
    assertTensor(zero.gelu(), dtype, shape(1), 0);
    assertTensor(zero.erf(), dtype, shape(1), 0);
    assertTensor(zero.sin(), dtype, shape(1), 0);
    assertTensor(zero.cos(), dtype, shape(1), 1);
  }

  @Test
  void transcendentalValuesInF64() {
    Tensor x = Tensor.of(new double[] {-1, 0.5, 2}, 3);
    assertTensor(x.exp(), DType.F64, shape(3), Math.exp(-1), Math.exp(0.5), Math.exp(2));
    assertTensor(x.tanh(), DType.F64, shape(3), Math.tanh(-1), Math.tanh(0.5), Math.tanh(2));
    assertTensor(x.sin(), DType.F64, shape(3), Math.sin(-1), Math.sin(0.5), Math.sin(2));
    assertTensor(x.cos(), DType.F64, shape(3), Math.cos(-1), Math.cos(0.5), Math.cos(2));
    assertTensor(
        x.sigmoid(),
        DType.F64,
        shape(3),
        1 / (1 + Math.exp(1)),
        1 / (1 + Math.exp(-0.5)),
        1 / (1 + Math.exp(-2)));
    // erf to within a few ulps of reference values (Abramowitz and Stegun, table 7.1, extended).
    double[] erf = x.erf().toDoubleArray();
    assertEquals(-0.8427007929497149, erf[0], 5e-16);
    assertEquals(0.5204998778130465, erf[1], 5e-16);
    assertEquals(0.9953222650189527, erf[2], 5e-16);
  }

  @Test
  void geluIsTheTanhApproximation() {
    Tensor x = Tensor.of(new double[] {-3, -1, 1, 3}, 4);
    double c = Math.sqrt(2 / Math.PI);
    double[] expected = new double[4];
    double[] in = {-3, -1, 1, 3};
    for (int i = 0; i < 4; i++) {
      double v = in[i];
      expected[i] = 0.5 * v * (1 + Math.tanh(c * (v + 0.044715 * v * v * v)));
    }
    assertTensor(x.gelu(), DType.F64, shape(4), expected);
    // Hand-checked values: gelu(1) = 0.841192, gelu(-1) = -0.158808.
    assertEquals(0.8411919906082768, expected[2], 1e-15);
    assertEquals(-0.15880800939172324, expected[1], 1e-15);
  }

  @Test
  void f32RoundsTheDoubleResult() {
    Tensor x = Tensor.of(new float[] {0.7f}, 1);
    assertTensor(x.exp(), DType.F32, shape(1), (float) Math.exp(0.7f));
    assertTensor(x.erf(), DType.F32, shape(1), (float) 0.6778011938374184);
    assertTensor(floats(DType.F16, new float[] {1}, 1).exp(), DType.F16, shape(1), 2.71875);
    assertTensor(floats(DType.BF16, new float[] {1}, 1).exp(), DType.BF16, shape(1), 2.71875);
  }

  @Test
  void specialValues() {
    Tensor x = Tensor.of(new double[] {NAN, -INF, INF, -1}, 4);
    assertTensor(x.relu(), DType.F64, shape(4), NAN, 0, INF, 0);
    assertTensor(x.exp(), DType.F64, shape(4), NAN, 0, INF, Math.exp(-1));
    assertTensor(x.log(), DType.F64, shape(4), NAN, NAN, INF, NAN);
    assertTensor(x.sqrt(), DType.F64, shape(4), NAN, NAN, INF, NAN);
    assertTensor(x.sigmoid(), DType.F64, shape(4), NAN, 0, 1, 1 / (1 + Math.E));
    assertTensor(x.tanh(), DType.F64, shape(4), NAN, -1, 1, Math.tanh(-1));
    assertTensor(x.erf(), DType.F64, shape(4), NAN, -1, 1, SpecialFunctions.erf(-1));
    assertTensor(x.abs(), DType.F64, shape(4), NAN, INF, INF, 1);
    assertTensor(x.neg(), DType.F64, shape(4), NAN, INF, -INF, 1);
  }

  @Test
  void reluOfNegativeZeroIsPositiveZero() {
    double r = Tensor.scalar(DType.F64, -0.0).relu().item();
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(r));
  }

  @Test
  void integerUnaryOpsWrap() {
    Tensor i = Tensor.of(new int[] {-3, 0, 5, Integer.MIN_VALUE, 46341}, 5);
    assertTensor(i.neg(), DType.I32, shape(5), 3, 0, -5, Integer.MIN_VALUE, -46341);
    assertTensor(i.abs(), DType.I32, shape(5), 3, 0, 5, Integer.MIN_VALUE, 46341);
    assertTensor(i.relu(), DType.I32, shape(5), 0, 0, 5, 0, 46341);
    assertTensor(i.square(), DType.I32, shape(5), 9, 0, 25, 0, -2147479015);
    Tensor b = ints(DType.I8, new int[] {-128, -3, 12, 127}, 4);
    assertTensor(b.neg(), DType.I8, shape(4), -128, 3, -12, -127);
    assertTensor(b.abs(), DType.I8, shape(4), -128, 3, 12, 127);
    assertTensor(b.relu(), DType.I8, shape(4), 0, 0, 12, 127);
    assertTensor(b.square(), DType.I8, shape(4), 0, 9, -112, 1);
  }

  @Test
  void transcendentalOpsRequireAFloatingDtype() {
    String[] names = {
      "exp", "log", "sqrt", "rsqrt", "tanh", "sigmoid", "gelu", "erf", "sin", "cos", "reciprocal"
    };
    for (DType dtype : new DType[] {DType.I32, DType.I8}) {
      Tensor t = Tensor.ones(dtype, 2);
      for (int k = 0; k < names.length; k++) {
        UnaryOperator<Tensor> op = FLOATING_ONLY.get(k);
        assertThrowsWith(
            IllegalArgumentException.class,
            () -> op.apply(t),
            names[k] + ": requires a floating dtype",
            dtype.name());
      }
    }
  }

  @Test
  void unaryOpsRejectBool() {
    Tensor b = Tensor.ones(DType.BOOL, 2);
    for (UnaryOperator<Tensor> op : FLOATING_ONLY) {
      assertThrowsWith(IllegalArgumentException.class, () -> op.apply(b), "BOOL");
    }
    assertThrowsWith(IllegalArgumentException.class, b::neg, "neg", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, b::abs, "abs", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, b::relu, "relu", "BOOL");
    assertThrowsWith(IllegalArgumentException.class, b::square, "square", "BOOL");
  }

  @Test
  void unaryOpsKeepShapeIncludingZeroSize() {
    assertTensor(Tensor.zeros(DType.F32, 2, 0).exp(), DType.F32, shape(2, 0));
    assertTensor(Tensor.scalar(DType.F64, 4).sqrt(), DType.F64, shape(), 2);
    assertTrue(
        Tensor.ones(DType.F16, 3, 1)
            .sigmoid()
            .allClose(Tensor.full(DType.F64, 1 / (1 + Math.exp(-1)), 3, 1), 1e-3, 0));
  }

  private static double round(DType dtype, double value) {
    return Tensor.scalar(dtype, value).item();
  }
}
