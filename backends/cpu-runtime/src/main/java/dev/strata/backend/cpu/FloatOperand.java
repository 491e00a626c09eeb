package dev.strata.backend.cpu;

import dev.strata.internal.HalfFloats;

/**
 * A GEMM operand: a batch of strided matrix views whose elements read as {@code float}, packed into
 * the panel layout the {@code float} micro-kernels stream through.
 *
 * <p>A panel of width {@code w} holds {@code w} consecutive rows (for A) or columns (for B) of a
 * block, interleaved along the depth: element {@code (r, p)} of the panel lies at {@code p * w +
 * r}. Panels follow each other; rows or columns past the block's end are zero, so the micro-kernel
 * never needs a bound check. Packing reads the view through its strides, which is what makes a
 * transposed operand free.
 */
sealed interface FloatOperand {

  /**
   * Packs rows {@code [row0, row0 + rows)} by columns {@code [col0, col0 + depth)} of matrix
   * {@code batchIndex} into panels of {@code width} rows (the layout of a packed A), from {@code
   * dst[dstOff]} on.
   */
  void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, float[] dst,
      int dstOff);

  /**
   * Packs columns {@code [col0, col0 + cols)} by rows {@code [row0, row0 + depth)} of matrix
   * {@code batchIndex} into panels of {@code width} columns (the layout of a packed B), from
   * {@code dst[dstOff]} on.
   */
  void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, float[] dst,
      int dstOff);

  /** A {@code float[]} view. */
  record OfFloat(float[] data, int[] offsets, int rowStride, int colStride) implements FloatOperand {
    @Override
    public void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, float[] dst,
        int dstOff) {
      pack(data, offsets[batchIndex] + row0 * rowStride + col0 * colStride, rowStride, colStride,
          rows, depth, width, dst, dstOff);
    }

    @Override
    public void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, float[] dst,
        int dstOff) {
      pack(data, offsets[batchIndex] + row0 * rowStride + col0 * colStride, colStride, rowStride,
          cols, depth, width, dst, dstOff);
    }

    /**
     * Packs {@code count} lines (stride {@code across} between them) of {@code depth} elements
     * (stride {@code along} within one) into panels of {@code width} lines.
     */
    private static void pack(float[] src, int base, int across, int along, int count, int depth, int width,
        float[] dst, int dstOff) {
      if (across == 1) {
        packAdjacentLines(src, base, along, count, depth, width, dst, dstOff);
        return;
      }
      int d = dstOff;
      for (int line0 = 0; line0 < count; line0 += width, d += width * depth) {
        int lines = Math.min(width, count - line0);
        int r = 0;
        // Four lines at a time: four read streams, and a quarter of the loop overhead.
        for (; r + 4 <= lines; r += 4) {
          int s0 = base + (line0 + r) * across;
          int s1 = s0 + across;
          int s2 = s1 + across;
          int s3 = s2 + across;
          for (int p = 0, q = 0, o = d + r; p < depth; p++, q += along, o += width) {
            dst[o] = src[s0 + q];
            dst[o + 1] = src[s1 + q];
            dst[o + 2] = src[s2 + q];
            dst[o + 3] = src[s3 + q];
          }
        }
        for (; r < lines; r++) {
          for (int p = 0, s = base + (line0 + r) * across, o = d + r; p < depth; p++, s += along, o += width) {
            dst[o] = src[s];
          }
        }
        zeroMissingLines(dst, d, lines, depth, width);
      }
    }

    /**
     * The lines are adjacent in memory (a row-major B, a column-major A): each depth step is one
     * contiguous run, read in order and cut into the panels, which keeps the reads streaming.
     */
    private static void packAdjacentLines(float[] src, int base, int along, int count, int depth, int width,
        float[] dst, int dstOff) {
      int panelSize = width * depth;
      for (int p = 0, s = base, o = dstOff; p < depth; p++, s += along, o += width) {
        for (int line0 = 0, panel = o; line0 < count; line0 += width, panel += panelSize) {
          System.arraycopy(src, s + line0, dst, panel, Math.min(width, count - line0));
        }
      }
      int tail = count % width;
      if (tail != 0) {
        zeroMissingLines(dst, dstOff + (count / width) * panelSize, tail, depth, width);
      }
    }
  }

  /** A {@code short[]} view of IEEE binary16 or bfloat16 bit patterns. */
  record OfHalf(short[] data, int[] offsets, int rowStride, int colStride, boolean bfloat16)
      implements FloatOperand {
    @Override
    public void packRows(int batchIndex, int row0, int rows, int col0, int depth, int width, float[] dst,
        int dstOff) {
      pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, rowStride, colStride,
          rows, depth, width, dst, dstOff);
    }

    @Override
    public void packColumns(int batchIndex, int col0, int cols, int row0, int depth, int width, float[] dst,
        int dstOff) {
      pack(offsets[batchIndex] + row0 * rowStride + col0 * colStride, colStride, rowStride,
          cols, depth, width, dst, dstOff);
    }

    private void pack(int base, int across, int along, int count, int depth, int width, float[] dst,
        int dstOff) {
      int d = dstOff;
      for (int line0 = 0; line0 < count; line0 += width, d += width * depth) {
        int lines = Math.min(width, count - line0);
        for (int r = 0; r < lines; r++) {
          int s = base + (line0 + r) * across;
          int o = d + r;
          if (bfloat16) {
            for (int p = 0; p < depth; p++, s += along, o += width) {
              dst[o] = HalfFloats.bf16ToFloat(data[s]);
            }
          } else {
            for (int p = 0; p < depth; p++, s += along, o += width) {
              dst[o] = HalfFloats.f16ToFloat(data[s]);
            }
          }
        }
        zeroMissingLines(dst, d, lines, depth, width);
      }
    }
  }

  /** Zeroes lines {@code [lines, width)} of the panel at {@code d}. */
  private static void zeroMissingLines(float[] dst, int d, int lines, int depth, int width) {
    if (lines == width) {
      return;
    }
    for (int p = 0, o = d; p < depth; p++, o += width) {
      for (int r = lines; r < width; r++) {
        dst[o + r] = 0f;
      }
    }
  }
}
