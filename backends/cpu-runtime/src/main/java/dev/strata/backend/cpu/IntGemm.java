package dev.strata.backend.cpu;

import java.util.Arrays;

/**
 * The integer GEMM ({@code i32} and {@code i8}) in plain Java: the blocking, packing and threading
 * of {@link BlockedGemm} with a tile accumulated in an {@code int} array. Sums wrap around; as
 * wrap-around addition is exact modulo 2<sup>32</sup>, adding a depth block's partial sums to C one
 * block at a time gives the same bits as one long sum, also when C keeps only the low 8 bits.
 */
final class IntGemm extends BlockedGemm<int[]> {
  private static final int MR = 4;
  private static final int NR = 16;
  /** A 16 KiB B micro-panel (kc = 256, for L1), a 256 KiB A block (L2), a 4 MiB B block (last level). */
  private static final Tiling TILING = Tiling.forCaches(MR, NR, 256, Integer.BYTES, 256 << 10, 4 << 20);

  private final IntOperand a;
  private final IntOperand b;
  private final Result c;

  private IntGemm(int batch, int m, int n, int k, IntOperand a, IntOperand b, Result c) {
    super(batch, m, n, k, TILING);
    this.a = a;
    this.b = b;
    this.c = c;
  }

  /** C = A x B, C contiguous and row-major with matrix {@code i} at {@code i*m*n} past the result's offset. */
  static void multiply(int batch, int m, int n, int k, IntOperand a, IntOperand b, Result c) {
    new IntGemm(batch, m, n, k, a, b, c).run();
  }

  /** Where the products go: an {@code int[]}, or a {@code byte[]} keeping the low 8 bits. */
  sealed interface Result {
    /** Stores {@code value} at {@code index} past the offset, or adds it when {@code accumulate}. */
    void put(int index, int value, boolean accumulate);

    /** Zeroes {@code size} elements from the offset. */
    void clear(int size);

    static Result of(int[] c, int offset) {
      return new ToInt(c, offset);
    }

    static Result of(byte[] c, int offset) {
      return new ToByte(c, offset);
    }
  }

  /** Products as {@code int}. */
  record ToInt(int[] c, int offset) implements Result {
    @Override
    public void put(int index, int value, boolean accumulate) {
      c[offset + index] = accumulate ? c[offset + index] + value : value;
    }

    @Override
    public void clear(int size) {
      Arrays.fill(c, offset, offset + size, 0);
    }
  }

  /** Products as {@code byte}: the low 8 bits. */
  record ToByte(byte[] c, int offset) implements Result {
    @Override
    public void put(int index, int value, boolean accumulate) {
      c[offset + index] = (byte) (accumulate ? c[offset + index] + value : value);
    }

    @Override
    public void clear(int size) {
      Arrays.fill(c, offset, offset + size, (byte) 0);
    }
  }

  @Override
  int[] packedA(PackBuffers buffers, int size) {
    return buffers.intA(size);
  }

  @Override
  int[] packedB(PackBuffers buffers, int size) {
    return buffers.intB(size);
  }

  @Override
  void packA(int batchIndex, int row0, int rows, int p0, int depth, int[] dst) {
    a.packRows(batchIndex, row0, rows, p0, depth, MR, dst, 0);
  }

  @Override
  void packB(int batchIndex, int col0, int cols, int p0, int depth, int[] dst, int dstOff) {
    b.packColumns(batchIndex, col0, cols, p0, depth, NR, dst, dstOff);
  }

  @Override
  void clearC() {
    c.clear(batch * m * n);
  }

  @Override
  void multiplyBlock(int batchIndex, PackBuffers buffers, int[] ap, int rows, int[] bp, int panel0, int panel1,
      int cols, int depth, int row0, int col0, boolean accumulate) {
    int[] tile = buffers.intTile(MR * NR);
    int cBase = batchIndex * m * n + row0 * n + col0;
    for (int jp = panel0; jp < panel1; jp++) {
      int j = jp * NR;
      int tileCols = Math.min(NR, cols - j);
      for (int i = 0; i < rows; i += MR) {
        kernel(depth, ap, i * depth, bp, j * depth, tile);
        int tileRows = Math.min(MR, rows - i);
        for (int r = 0; r < tileRows; r++) {
          int o = cBase + (i + r) * n + j;
          for (int q = 0; q < tileCols; q++) {
            c.put(o + q, tile[r * NR + q], accumulate);
          }
        }
      }
    }
  }

  private static void kernel(int depth, int[] a, int aOff, int[] b, int bOff, int[] tile) {
    Arrays.fill(tile, 0, MR * NR, 0);
    for (int p = 0; p < depth; p++, aOff += MR, bOff += NR) {
      for (int r = 0; r < MR; r++) {
        int av = a[aOff + r];
        for (int q = 0, t = r * NR; q < NR; q++) {
          tile[t + q] += av * b[bOff + q];
        }
      }
    }
  }
}
