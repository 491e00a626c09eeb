package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The examples, compiled, against the eager reference on random shapes and values. */
class NnTest {
  private static void assertClose(Tensor expected, Tensor actual, double tol) {
    assertArrayEquals(expected.shape(), actual.shape());
    assertTrue(actual.allClose(expected, tol, tol), () -> "expected " + expected + "\nbut got " + actual);
  }

  @Property(tries = 40)
  void softmax(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int d,
      @ForAll long seed) {
    Tensor x = Tensor.randn(seed, DType.F32, n, d).mul(3);
    assertClose(Nn.softmax(x), NnKernels.softmax(x), 1e-5);
  }

  @Property(tries = 40)
  void layernorm(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int d,
      @ForAll long seed) {
    Tensor x = Tensor.randn(seed, DType.F32, n, d);
    Tensor g = Tensor.rand(seed + 1, DType.F32, d);
    Tensor b = Tensor.rand(seed + 2, DType.F32, d);
    assertClose(Nn.layernorm(x, g, b), NnKernels.layernorm(x, g, b), 1e-4);
  }

  @Property(tries = 25)
  void geluMlp(@ForAll @IntRange(min = 1, max = 20) int batch, @ForAll @IntRange(min = 1, max = 70) int in,
      @ForAll @IntRange(min = 1, max = 70) int hidden, @ForAll @IntRange(min = 1, max = 30) int out,
      @ForAll long seed) {
    Tensor x = Tensor.randn(seed, DType.F32, batch, in);
    Tensor w1 = Tensor.randn(seed + 1, DType.F32, in, hidden).mul(0.2);
    Tensor b1 = Tensor.randn(seed + 2, DType.F32, hidden);
    Tensor w2 = Tensor.randn(seed + 3, DType.F32, hidden, out).mul(0.2);
    assertClose(Nn.geluMlp(x, w1, b1, w2), NnKernels.geluMlp(x, w1, b1, w2), 1e-4);
  }

  @Property(tries = 40)
  void saxpy(@ForAll @IntRange(min = 0, max = 5000) int n, @ForAll float a, @ForAll long seed) {
    Tensor x = Tensor.randn(seed, DType.F32, n);
    Tensor y = Tensor.randn(seed + 1, DType.F32, n);
    assertClose(Nn.saxpy(a, x, y), NnKernels.saxpy(a, x, y), 1e-6);
  }

  @Property(tries = 25)
  void attention(@ForAll @IntRange(min = 1, max = 4) int b, @ForAll @IntRange(min = 1, max = 40) int t,
      @ForAll @IntRange(min = 1, max = 40) int s, @ForAll @IntRange(min = 1, max = 33) int d,
      @ForAll long seed) {
    Tensor q = Tensor.randn(seed, DType.F32, b, t, d);
    Tensor k = Tensor.randn(seed + 1, DType.F32, b, s, d);
    Tensor v = Tensor.randn(seed + 2, DType.F32, b, s, d);
    float scale = (float) (1 / Math.sqrt(d));
    assertClose(Nn.attention(q, k, v, scale), NnKernels.attention(q, k, v, scale), 1e-4);
  }

  @Test
  void mseInDoublePrecision() {
    Tensor p = Tensor.randn(1, DType.F64, 1001);
    Tensor t = Tensor.randn(2, DType.F64, 1001);
    assertClose(Nn.mse(p, t), NnKernels.mse(p, t), 1e-12);
  }

  @Test
  void nullArgumentNamesTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> NnKernels.layernorm(
        Tensor.zeros(DType.F32, 2, 3), null, Tensor.zeros(DType.F32, 3)));
    assertTrue(e.getMessage().contains("gamma"), e.getMessage());
  }

  @Test
  void inconsistentSymbolNamesParameterAndShapes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NnKernels.layernorm(
        Tensor.zeros(DType.F32, 2, 3), Tensor.zeros(DType.F32, 4), Tensor.zeros(DType.F32, 3)));
    assertTrue(e.getMessage().contains("gamma") && e.getMessage().contains("[4]")
        && e.getMessage().contains("D = 3"), e.getMessage());
  }

  @Test
  void wrongDtypeAndRankAreRejected() {
    IllegalArgumentException dtype = assertThrows(IllegalArgumentException.class,
        () -> NnKernels.softmax(Tensor.zeros(DType.F64, 2, 3)));
    assertTrue(dtype.getMessage().contains("x: expected F32[N, D] but got F64[2, 3]"), dtype.getMessage());
    IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
        () -> NnKernels.softmax(Tensor.zeros(DType.F32, 6)));
    assertTrue(rank.getMessage().contains("F32[6]"), rank.getMessage());
  }

  @Test
  void inputsAreNotModified() {
    Tensor x = Tensor.randn(3, DType.F32, 8, 9);
    Tensor copy = x.add(0);
    NnKernels.softmax(x);
    assertTrue(x.equals(copy));
  }

  @Test
  void manyThreadsAtOnce() throws InterruptedException {
    Tensor x = Tensor.randn(5, DType.F32, 64, 100);
    Tensor expected = Nn.softmax(x);
    Thread[] threads = new Thread[8];
    boolean[] ok = new boolean[threads.length];
    for (int i = 0; i < threads.length; i++) {
      int id = i;
      threads[i] = new Thread(() -> {
        boolean all = true;
        for (int r = 0; r < 50; r++) {
          all &= NnKernels.softmax(x).allClose(expected, 1e-5, 1e-5);
        }
        ok[id] = all;
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    for (boolean b : ok) {
      assertTrue(b);
    }
  }
}
