package dev.strata.backend.cpu;

import java.util.Random;

/**
 * One GEMM problem: the sizes and how A and B are laid out.
 *
 * @param batch the number of matrices
 * @param m the rows of A and C
 * @param n the columns of B and C
 * @param k the depth
 * @param a the layout of A ({@code m x k})
 * @param b the layout of B ({@code k x n})
 */
record GemmCase(int batch, int m, int n, int k, StridedLayout a, StridedLayout b) {

  /** A case with the given layouts, each broadcast over the batch or not. */
  static GemmCase of(int batch, int m, int n, int k, StridedLayout.Kind aKind, boolean broadcastA,
      StridedLayout.Kind bKind, boolean broadcastB) {
    return new GemmCase(batch, m, n, k, StridedLayout.of(aKind, batch, m, k, broadcastA),
        StridedLayout.of(bKind, batch, k, n, broadcastB));
  }

  /**
   * Runs {@code kernel} on random operands and checks every element of C against a triple loop
   * that accumulates in {@code double} (in {@code long} with wrap-around for integers).
   */
  void verify(GemmKernel kernel, long seed) {
    Random random = new Random(seed);
    double[] av = kernel.randomValues(random, a.length());
    double[] bv = kernel.randomValues(random, b.length());
    double[] got = kernel.multiply(this, av, bv);
    for (int i = 0; i < batch; i++) {
      for (int r = 0; r < m; r++) {
        for (int j = 0; j < n; j++) {
          double actual = got[(i * m + r) * n + j];
          if (kernel.integer()) {
            long sum = 0;
            for (int p = 0; p < k; p++) {
              sum += (long) av[a.index(i, r, p)] * (long) bv[b.index(i, p, j)];
            }
            long expected = kernel == GemmKernel.I8 ? (byte) sum : (int) sum;
            if (actual != expected) {
              throw new AssertionError(kernel + " " + this + ": C[" + i + "][" + r + "][" + j + "] = " + actual
                  + ", expected " + expected);
            }
          } else {
            double sum = 0;
            double magnitude = 0;
            for (int p = 0; p < k; p++) {
              double term = av[a.index(i, r, p)] * bv[b.index(i, p, j)];
              sum += term;
              magnitude += Math.abs(term);
            }
            double tolerance = kernel.tolerance(sum, magnitude, k);
            if (!(Math.abs(actual - sum) <= tolerance)) {
              throw new AssertionError(kernel + " " + this + ": C[" + i + "][" + r + "][" + j + "] = " + actual
                  + ", expected " + sum + " within " + tolerance);
            }
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return "batch " + batch + ", m=" + m + ", n=" + n + ", k=" + k + ", A " + a + ", B " + b;
  }
}
