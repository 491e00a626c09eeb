package dev.strata.backend.cpu;

import java.util.Arrays;

/**
 * The plain-Java {@code double} GEMM, for JVMs without the Vector API: the same blocking, packing and
 * threading as {@link VectorGemmF64}, with a micro-kernel that accumulates a small tile in an array
 * (whose constant-length row loop HotSpot may still vectorise by itself).
 */
final class ScalarGemmF64 extends BlockedGemm<double[]> {
  private static final int MR = 4;
  private static final int NR = 16;
  /** A 32 KiB B micro-panel (kc = 256, for L1), a 512 KiB A block (L2), a 4 MiB B block (last level). */
  static final Tiling TILING = Tiling.forCaches(MR, NR, 256, Double.BYTES, 512 << 10, 4 << 20);

  private final DoubleOperand a;
  private final DoubleOperand b;
  private final double[] c;
  private final int cOffset;

  private ScalarGemmF64(int batch, int m, int n, int k, DoubleOperand a, DoubleOperand b, double[] c, int cOffset) {
    super(batch, m, n, k, TILING);
    this.a = a;
    this.b = b;
    this.c = c;
    this.cOffset = cOffset;
  }

  /** C (contiguous, row-major, matrix {@code i} at {@code cOffset + i*m*n}) = A x B. */
  static void multiply(int batch, int m, int n, int k, DoubleOperand a, DoubleOperand b, double[] c, int cOffset) {
    new ScalarGemmF64(batch, m, n, k, a, b, c, cOffset).run();
  }

  @Override
  double[] packedA(PackBuffers buffers, int size) {
    return buffers.doubleA(size);
  }

  @Override
  double[] packedB(PackBuffers buffers, int size) {
    return buffers.doubleB(size);
  }

  @Override
  void packA(int batchIndex, int row0, int rows, int p0, int depth, double[] dst) {
    a.packRows(batchIndex, row0, rows, p0, depth, MR, dst, 0);
  }

  @Override
  void packB(int batchIndex, int col0, int cols, int p0, int depth, double[] dst, int dstOff) {
    b.packColumns(batchIndex, col0, cols, p0, depth, NR, dst, dstOff);
  }

  @Override
  void clearC() {
    Arrays.fill(c, cOffset, cOffset + batch * m * n, 0.0);
  }

  @Override
  void multiplyBlock(int batchIndex, PackBuffers buffers, double[] ap, int rows, double[] bp, int panel0, int panel1,
      int cols, int depth, int row0, int col0, boolean accumulate) {
    double[] tile = buffers.doubleTile(MR * NR);
    int cBase = cOffset + batchIndex * m * n + row0 * n + col0;
    for (int jp = panel0; jp < panel1; jp++) {
      int j = jp * NR;
      int tileCols = Math.min(NR, cols - j);
      for (int i = 0; i < rows; i += MR) {
        kernel(depth, ap, i * depth, bp, j * depth, tile);
        int tileRows = Math.min(MR, rows - i);
        for (int r = 0; r < tileRows; r++) {
          int o = cBase + (i + r) * n + j;
          if (accumulate) {
            for (int q = 0; q < tileCols; q++) {
              c[o + q] += tile[r * NR + q];
            }
          } else {
            System.arraycopy(tile, r * NR, c, o, tileCols);
          }
        }
      }
    }
  }

  private static void kernel(int depth, double[] a, int aOff, double[] b, int bOff, double[] tile) {
    Arrays.fill(tile, 0, MR * NR, 0.0);
    for (int p = 0; p < depth; p++, aOff += MR, bOff += NR) {
      for (int r = 0; r < MR; r++) {
        double av = a[aOff + r];
        for (int q = 0, t = r * NR; q < NR; q++) {
          tile[t + q] += av * b[bOff + q];
        }
      }
    }
  }
}
