package dev.strata.backend.cpu;

import java.util.Arrays;

/**
 * The plain-Java {@code float} GEMM, for JVMs without the Vector API: the same blocking, packing and
 * threading as {@link VectorGemmF32}, with a micro-kernel that accumulates a small tile in an array
 * (whose constant-length row loop HotSpot may still vectorise by itself).
 */
final class ScalarGemmF32 extends BlockedGemm<float[]> {
  private static final int MR = 4;
  private static final int NR = 16;
  /** A 16 KiB B micro-panel (kc = 256, for L1), a 256 KiB A block (L2), a 4 MiB B block (last level). */
  static final Tiling TILING = Tiling.forCaches(MR, NR, 256, Float.BYTES, 256 << 10, 4 << 20);

  private final FloatOperand a;
  private final FloatOperand b;
  private final float[] c;
  private final int cOffset;

  private ScalarGemmF32(int batch, int m, int n, int k, FloatOperand a, FloatOperand b, float[] c, int cOffset) {
    super(batch, m, n, k, TILING);
    this.a = a;
    this.b = b;
    this.c = c;
    this.cOffset = cOffset;
  }

  /** C (contiguous, row-major, matrix {@code i} at {@code cOffset + i*m*n}) = A x B. */
  static void multiply(int batch, int m, int n, int k, FloatOperand a, FloatOperand b, float[] c, int cOffset) {
    new ScalarGemmF32(batch, m, n, k, a, b, c, cOffset).run();
  }

  @Override
  float[] packedA(PackBuffers buffers, int size) {
    return buffers.floatA(size);
  }

  @Override
  float[] packedB(PackBuffers buffers, int size) {
    return buffers.floatB(size);
  }

  @Override
  void packA(int batchIndex, int row0, int rows, int p0, int depth, float[] dst) {
    a.packRows(batchIndex, row0, rows, p0, depth, MR, dst, 0);
  }

  @Override
  void packB(int batchIndex, int col0, int cols, int p0, int depth, float[] dst, int dstOff) {
    b.packColumns(batchIndex, col0, cols, p0, depth, NR, dst, dstOff);
  }

  @Override
  void clearC() {
    Arrays.fill(c, cOffset, cOffset + batch * m * n, 0f);
  }

  @Override
  void multiplyBlock(int batchIndex, PackBuffers buffers, float[] ap, int rows, float[] bp, int panel0, int panel1,
      int cols, int depth, int row0, int col0, boolean accumulate) {
    float[] tile = buffers.floatTile(MR * NR);
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

  private static void kernel(int depth, float[] a, int aOff, float[] b, int bOff, float[] tile) {
    Arrays.fill(tile, 0, MR * NR, 0f);
    for (int p = 0; p < depth; p++, aOff += MR, bOff += NR) {
      for (int r = 0; r < MR; r++) {
        float av = a[aOff + r];
        for (int q = 0, t = r * NR; q < NR; q++) {
          tile[t + q] += av * b[bOff + q];
        }
      }
    }
  }
}
