package dev.strata.backend.cpu;

/**
 * An integer GEMM operand ({@code int} or {@code byte} elements), packed into {@code int} panels
 * with the layout of {@link FloatOperand}: panel element {@code (r, p)} at {@code p * width + r},
 * missing lines zero.
 */
sealed interface IntOperand {

  /**
   * Packs rows {@code [row0, row0 + rows)} by columns {@code [col0, col0 + depth)} into {@code
   * width}-row panels.
   */
  void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, int[] dst, int dstOff);

  /**
   * Packs columns {@code [col0, col0 + cols)} by rows {@code [row0, row0 + depth)} into {@code
   * width}-column panels.
   */
  void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, int[] dst, int dstOff);

  /** An {@code int[]} view. */
  record OfInt(int[] data, int[] offsets, int rowStride, int colStride) implements IntOperand {
    @Override
    public void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, int[] dst,
        int dstOff) {
      pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, rowStride, colStride, rows, depth, width,
          dst, dstOff);
    }

    @Override
    public void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, int[] dst,
        int dstOff) {
      pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, colStride, rowStride, cols, depth, width,
          dst, dstOff);
    }

    private void pack(int base, int across, int along, int count, int depth, int width, int[] dst, int dstOff) {
      int d = dstOff;
      for (int line0 = 0; line0 < count; line0 += width, d += width * depth) {
        int lines = Math.min(width, count - line0);
        for (int r = 0; r < lines; r++) {
          for (int p = 0, s = base + (line0 + r) * across, o = d + r; p < depth; p++, s += along, o += width) {
            dst[o] = data[s];
          }
        }
        zeroMissingLines(dst, d, lines, depth, width);
      }
    }
  }

  /** A {@code byte[]} view, its elements sign-extended to {@code int}. */
  record OfByte(byte[] data, int[] offsets, int rowStride, int colStride) implements IntOperand {
    @Override
    public void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, int[] dst,
        int dstOff) {
      pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, rowStride, colStride, rows, depth, width,
          dst, dstOff);
    }

    @Override
    public void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, int[] dst,
        int dstOff) {
      pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, colStride, rowStride, cols, depth, width,
          dst, dstOff);
    }

    private void pack(int base, int across, int along, int count, int depth, int width, int[] dst, int dstOff) {
      int d = dstOff;
      for (int line0 = 0; line0 < count; line0 += width, d += width * depth) {
        int lines = Math.min(width, count - line0);
        for (int r = 0; r < lines; r++) {
          for (int p = 0, s = base + (line0 + r) * across, o = d + r; p < depth; p++, s += along, o += width) {
            dst[o] = data[s];
          }
        }
        zeroMissingLines(dst, d, lines, depth, width);
      }
    }
  }

  /** Zeroes lines {@code [lines, width)} of the panel at {@code d}. */
  private static void zeroMissingLines(int[] dst, int d, int lines, int depth, int width) {
    if (lines == width) {
      return;
    }
    for (int p = 0, o = d; p < depth; p++, o += width) {
      for (int r = lines; r < width; r++) {
        dst[o + r] = 0;
      }
    }
  }
}
