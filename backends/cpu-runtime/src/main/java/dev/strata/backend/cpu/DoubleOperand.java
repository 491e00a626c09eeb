package dev.strata.backend.cpu;

import java.util.Arrays;

/**
 * A {@code double} GEMM operand: a batch of strided matrix views, packed into the panel layout of
 * {@link FloatOperand} (panel element {@code (r, p)} at {@code p * width + r}, missing lines zero).
 *
 * @param data the elements
 * @param offsets where matrix {@code i} of the batch starts
 * @param rowStride the distance between rows
 * @param colStride the distance between columns
 */
record DoubleOperand(double[] data, int[] offsets, int rowStride, int colStride) {

  /**
   * Packs rows {@code [row0, row0 + rows)} by columns {@code [col0, col0 + depth)} into {@code
   * width}-row panels.
   */
  void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, double[] dst, int dstOff) {
    pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, rowStride, colStride, rows, depth, width, dst,
        dstOff);
  }

  /**
   * Packs columns {@code [col0, col0 + cols)} by rows {@code [row0, row0 + depth)} into {@code
   * width}-column panels.
   */
  void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, double[] dst, int dstOff) {
    pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, colStride, rowStride, cols, depth, width, dst,
        dstOff);
  }

  private void pack(int base, int across, int along, int count, int depth, int width, double[] dst, int dstOff) {
    int d = dstOff;
    for (int line0 = 0; line0 < count; line0 += width, d += width * depth) {
      int lines = Math.min(width, count - line0);
      int first = base + line0 * across;
      if (across == 1) {
        for (int p = 0, s = first, o = d; p < depth; p++, s += along, o += width) {
          System.arraycopy(data, s, dst, o, lines);
        }
      } else {
        for (int r = 0; r < lines; r++) {
          for (int p = 0, s = first + r * across, o = d + r; p < depth; p++, s += along, o += width) {
            dst[o] = data[s];
          }
        }
      }
      if (lines < width) {
        for (int p = 0, o = d; p < depth; p++, o += width) {
          Arrays.fill(dst, o + lines, o + width, 0.0);
        }
      }
    }
  }
}
