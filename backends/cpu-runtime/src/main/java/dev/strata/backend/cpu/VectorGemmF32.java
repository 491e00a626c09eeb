package dev.strata.backend.cpu;

/**
 * The Vector API {@code float} GEMM: {@link BlockedGemm} around {@link FloatMicroKernels}. Loaded
 * only when {@link VectorSupport#available()}; also computes {@code f16}/{@code bf16} products,
 * whose operands pack to {@code float}.
 */
final class VectorGemmF32 extends BlockedGemm<float[]> {
  /**
   * Block sizes. The depth is 512: the B micro-panel ({@code kc x nr}, 64 KiB with 512-bit
   * vectors) then outgrows a 48 KiB L1, but the kernel reads only two vectors of it per {@code 2 *
   * mr} FMAs, which L2 sustains, while the longer depth halves the passes over C and the
   * synchronisation points of a parallel product. On Zen 5 (2 cores) 1024^3 ran at 380-400 GFLOP/s
   * with kc = 256 and 445-465 with kc = 512 (single-threaded: within noise, 240-245). The A
   * block ({@code mc x kc}) takes about 0.5 MiB, half an L2; the B block ({@code kc x nc}) 8 MiB,
   * shared by all threads in the last-level cache.
   */
  static final Tiling TILING = Tiling.forCaches(FloatMicroKernels.MR, 2 * FloatMicroKernels.L, 512, Float.BYTES,
      512 << 10, 8 << 20);

  private final FloatOperand a;
  private final FloatOperand b;
  private final float[] c;
  private final int cOffset;

  private VectorGemmF32(int batch, int m, int n, int k, FloatOperand a, FloatOperand b, float[] c, int cOffset) {
    super(batch, m, n, k, TILING);
    this.a = a;
    this.b = b;
    this.c = c;
    this.cOffset = cOffset;
  }

  /** C (contiguous, row-major, matrix {@code i} at {@code cOffset + i*m*n}) = A x B. */
  static void multiply(int batch, int m, int n, int k, FloatOperand a, FloatOperand b, float[] c, int cOffset) {
    new VectorGemmF32(batch, m, n, k, a, b, c, cOffset).run();
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
    a.packRows(batchIndex, row0, rows, p0, depth, tiling.mr(), dst, 0);
  }

  @Override
  void packB(int batchIndex, int col0, int cols, int p0, int depth, float[] dst, int dstOff) {
    b.packColumns(batchIndex, col0, cols, p0, depth, tiling.nr(), dst, dstOff);
  }

  @Override
  void clearC() {
    java.util.Arrays.fill(c, cOffset, cOffset + batch * m * n, 0f);
  }

  @Override
  void multiplyBlock(int batchIndex, PackBuffers buffers, float[] ap, int rows, float[] bp, int panel0, int panel1,
      int cols, int depth, int row0, int col0, boolean accumulate) {
    int mr = tiling.mr();
    int nr = tiling.nr();
    int cBase = cOffset + batchIndex * m * n + row0 * n + col0;
    for (int jp = panel0; jp < panel1; jp++) {
      int j = jp * nr;
      int tileCols = Math.min(nr, cols - j);
      int bOff = j * depth;
      for (int i = 0; i < rows; i += mr) {
        int tileRows = Math.min(mr, rows - i);
        int aOff = i * depth;
        int cOff = cBase + i * n + j;
        if (tileRows == mr && tileCols == nr) {
          kernel(depth, ap, aOff, bp, bOff, c, cOff, n, accumulate);
        } else {
          float[] tile = buffers.floatTile(mr * nr);
          kernel(depth, ap, aOff, bp, bOff, tile, 0, nr, false);
          storeTile(tile, nr, tileRows, tileCols, cOff, accumulate);
        }
      }
    }
  }

  private void kernel(int depth, float[] ap, int aOff, float[] bp, int bOff, float[] dst, int dstOff, int ldc,
      boolean accumulate) {
    if (FloatMicroKernels.MR == 12) {
      FloatMicroKernels.mul12x2(depth, ap, aOff, bp, bOff, dst, dstOff, ldc, accumulate);
    } else {
      FloatMicroKernels.mul4x2(depth, ap, aOff, bp, bOff, dst, dstOff, ldc, accumulate);
    }
  }

  private void storeTile(float[] tile, int nr, int rows, int cols, int cOff, boolean accumulate) {
    for (int r = 0; r < rows; r++) {
      int t = r * nr;
      int o = cOff + r * n;
      if (accumulate) {
        for (int j = 0; j < cols; j++) {
          c[o + j] += tile[t + j];
        }
      } else {
        System.arraycopy(tile, t, c, o, cols);
      }
    }
  }
}
