package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.examples.ops.OpsF32;
import dev.strata.examples.ops.OpsF32Kernels;
import org.junit.jupiter.api.Test;

/**
 * The vector loops' exp, sigmoid and GELU (on the Vector API's EXP) at the edges of the float range:
 * overflow to infinity, subnormal results, underflow to zero, infinities and NaN. 32 values, so
 * that both AVX2 and AVX-512 vector loops see all of them.
 */
class VectorMathTest {
  private static final float[] EDGES = {-110f, -100f, -88f, -87.3f, -87f, -20f, -1f, -1e-8f, 0f, 1e-8f, 0.5f, 1f,
      10f, 30f, 88f, 88.7f, 88.8f, 100f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 3.3f, -3.3f,
      0.34657f, -0.34657f, 50f, -50f, 7f, -7f, 2f, -2f, Float.MIN_NORMAL};

  private static void assertMatches(Tensor want, Tensor got, double relative, double absolute) {
    for (int i = 0; i < EDGES.length; i++) {
      double w = want.get(i / 16, i % 16);
      double g = got.get(i / 16, i % 16);
      String where = "at x = " + EDGES[i];
      if (Double.isNaN(w) || Double.isInfinite(w) || w == 0) {
        assertEquals(w, g, absolute, where);
      } else {
        assertTrue(Math.abs(g - w) <= relative * Math.abs(w) + absolute, where + ": want " + w + ", got " + g);
      }
    }
  }

  @Test
  void expAtTheEdges() {
    Tensor x = Tensor.of(EDGES, 2, 16);
    assertMatches(OpsF32.exp(x), OpsF32Kernels.exp(x), 3e-7, 1e-44);
  }

  @Test
  void sigmoidAndGeluAtTheEdges() {
    Tensor x = Tensor.of(EDGES, 2, 16);
    // 1 / (1 + e^100) is a subnormal float; the vector form's e^100 overflows first and gives 0.
    assertMatches(OpsF32.sigmoid(x), OpsF32Kernels.sigmoid(x), 1e-6, 1e-40);
    // For x << 0 the reference's 0.5 x (1 + tanh(u)) cancels (in double) while x / (1 + e^-2u)
    // does not: they differ there by about 1e-17, far below float resolution of the values around.
    assertMatches(OpsF32.gelu(x), OpsF32Kernels.gelu(x), 1e-6, 1e-12);
  }

  @Test
  void expOnRandomValuesWithinTwoUlps() {
    Tensor x = Tensor.rand(9, DType.F32, 64, 1000).mul(180).sub(90);
    Tensor want = OpsF32.exp(x);
    Tensor got = OpsF32Kernels.exp(x);
    assertTrue(got.allClose(want, 3e-7, 1e-37));
  }
}
