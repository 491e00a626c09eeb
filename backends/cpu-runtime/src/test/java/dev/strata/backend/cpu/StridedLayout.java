package dev.strata.backend.cpu;

import java.util.Arrays;

/**
 * Where a batch of {@code rows x cols} matrices lies in one array: the offsets and strides a GEMM
 * operand is given, and the array length they need.
 *
 * @param rows the rows of each matrix
 * @param cols the columns of each matrix
 * @param offsets where matrix {@code i} starts (its element (0, 0))
 * @param rowStride the distance between rows
 * @param colStride the distance between columns
 * @param length the array length that holds every matrix
 */
record StridedLayout(int rows, int cols, int[] offsets, int rowStride, int colStride, int length) {

  /** The ways a test lays a matrix out. */
  enum Kind {
    /** Contiguous, row-major. */
    ROW_MAJOR,
    /** Contiguous, column-major: the transpose of a row-major matrix. */
    COLUMN_MAJOR,
    /** Row-major with rows padded by 3 elements. */
    PADDED_ROWS,
    /** Every other column of a row-major matrix twice as wide, rows padded by 1. */
    EVERY_OTHER_COLUMN,
    /** Column-major with columns padded by 2 elements. */
    PADDED_COLUMNS,
    /** Row-major with the rows in reverse order: a negative row stride. */
    ROWS_REVERSED,
  }

  /**
   * Lays out {@code batch} matrices one after the other behind a lead of 5 elements, or, when
   * {@code broadcast}, one matrix that every batch index shares.
   */
  static StridedLayout of(Kind kind, int batch, int rows, int cols, boolean broadcast) {
    int lead = 5;
    int rowStride;
    int colStride;
    int firstElement = 0;
    int span;
    switch (kind) {
      case ROW_MAJOR -> {
        rowStride = cols;
        colStride = 1;
        span = rows * cols;
      }
      case COLUMN_MAJOR -> {
        rowStride = 1;
        colStride = rows;
        span = rows * cols;
      }
      case PADDED_ROWS -> {
        rowStride = cols + 3;
        colStride = 1;
        span = rows * (cols + 3);
      }
      case EVERY_OTHER_COLUMN -> {
        rowStride = 2 * cols + 1;
        colStride = 2;
        span = rows * (2 * cols + 1);
      }
      case PADDED_COLUMNS -> {
        rowStride = 1;
        colStride = rows + 2;
        span = cols * (rows + 2);
      }
      case ROWS_REVERSED -> {
        rowStride = -cols;
        colStride = 1;
        firstElement = Math.max(0, rows - 1) * cols;
        span = rows * cols;
      }
      default -> throw new AssertionError(kind);
    }
    span = Math.max(span, 1);
    int[] offsets = new int[batch];
    for (int i = 0; i < batch; i++) {
      offsets[i] = lead + firstElement + (broadcast ? 0 : i * span);
    }
    int length = lead + span * (broadcast ? 1 : Math.max(batch, 1)) + 2;
    return new StridedLayout(rows, cols, offsets, rowStride, colStride, length);
  }

  /** The array index of element {@code (r, c)} of matrix {@code i}. */
  int index(int i, int r, int c) {
    return offsets[i] + r * rowStride + c * colStride;
  }

  @Override
  public String toString() {
    return rows + "x" + cols + " offsets " + Arrays.toString(offsets) + " strides (" + rowStride + ", " + colStride
        + ") in " + length;
  }
}
