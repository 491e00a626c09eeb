package dev.strata.backend.cpu;

import java.util.Objects;

/** Checks the arguments of a {@link Gemm} call up front, so that no kernel reads out of bounds halfway. */
final class GemmArguments {
  private GemmArguments() {}

  /**
   * Checks the sizes, that every matrix of both strided views lies inside its array and that C
   * fits.
   *
   * @throws IllegalArgumentException for a negative size or too few offsets
   * @throws IndexOutOfBoundsException when a view or C reaches outside its array
   */
  static void check(int batch, int m, int n, int k, int aLength, int[] aOffsets, int aRowStride, int aColStride,
      int bLength, int[] bOffsets, int bRowStride, int bColStride, int cLength, int cOffset) {
    if (batch < 0 || m < 0 || n < 0 || k < 0) {
      throw new IllegalArgumentException(
          "Negative GEMM size: batch=" + batch + ", m=" + m + ", n=" + n + ", k=" + k);
    }
    Objects.requireNonNull(aOffsets, "aOffsets");
    Objects.requireNonNull(bOffsets, "bOffsets");
    if (aOffsets.length < batch || bOffsets.length < batch) {
      throw new IllegalArgumentException("A batch of " + batch + " needs as many offsets; got "
          + aOffsets.length + " for A and " + bOffsets.length + " for B");
    }
    long cSize = (long) batch * m * n;
    Objects.checkFromIndexSize(cOffset, cSize, cLength);
    if (cSize > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("C has " + cSize + " elements, more than an array holds");
    }
    if (k == 0) {
      return;
    }
    for (int i = 0; i < batch; i++) {
      checkView("A", i, aLength, aOffsets[i], m, k, aRowStride, aColStride);
      checkView("B", i, bLength, bOffsets[i], k, n, bRowStride, bColStride);
    }
  }

  private static void checkView(String name, int index, int length, int offset, int rows, int cols, int rowStride,
      int colStride) {
    if (rows == 0 || cols == 0) {
      return;
    }
    long rowSpan = (long) (rows - 1) * rowStride;
    long colSpan = (long) (cols - 1) * colStride;
    long lowest = offset + Math.min(0, rowSpan) + Math.min(0, colSpan);
    long highest = offset + Math.max(0, rowSpan) + Math.max(0, colSpan);
    if (lowest < 0 || highest >= length) {
      throw new IndexOutOfBoundsException(name + " of batch " + index + " (" + rows + "x" + cols + " from offset "
          + offset + ", strides " + rowStride + ", " + colStride + ") reaches [" + lowest + ", " + highest
          + "] outside an array of " + length);
    }
  }
}
