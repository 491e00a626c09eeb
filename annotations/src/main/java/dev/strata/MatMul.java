package dev.strata;

import java.util.Arrays;

/**
 * {@code numpy.matmul}: a 1-D left operand is treated as a row {@code [1, k]} and a 1-D right
 * operand as a column {@code [k, 1]}, the added axis being dropped from the result; operands of
 * rank above 2 are stacks of matrices whose leading (batch) dims broadcast.
 *
 * <p>Each output element is {@code acc = 0; for p in 0..k-1: acc += a[i, p] * b[p, j]}, in that
 * order: in {@code double} for floating dtypes (separate multiply and add, no fused multiply-add),
 * rounded to the dtype once at the end; in wrapping {@code int} for I32 and I8, narrowed to the
 * dtype once at the end.
 */
final class MatMul {
  private MatMul() {}

  static Tensor matmul(Tensor a, Tensor b) {
    Elementwise.requireSameDtype("matmul", a, b);
    DType dtype = a.dtype;
    if (dtype == DType.BOOL) {
      throw new IllegalArgumentException("matmul: not defined for BOOL");
    }
    if (a.shape.length == 0 || b.shape.length == 0) {
      throw new IllegalArgumentException(
          "matmul: operands must have rank >= 1, got shapes "
              + ShapeMath.format(a.shape)
              + " and "
              + ShapeMath.format(b.shape));
    }
    long[] left = a.shape.length == 1 ? new long[] {1, a.shape[0]} : a.shape;
    long[] right = b.shape.length == 1 ? new long[] {b.shape[0], 1} : b.shape;
    int m = (int) left[left.length - 2];
    int k = (int) left[left.length - 1];
    int n = (int) right[right.length - 1];
    if (right[right.length - 2] != k) {
      throw new IllegalArgumentException(
          "matmul: shapes "
              + ShapeMath.format(a.shape)
              + " and "
              + ShapeMath.format(b.shape)
              + " have mismatched inner dimensions "
              + k
              + " and "
              + right[right.length - 2]);
    }
    long[] leftBatch = Arrays.copyOf(left, left.length - 2);
    long[] rightBatch = Arrays.copyOf(right, right.length - 2);
    long[] batch = ShapeMath.broadcastOrNull(leftBatch, rightBatch);
    if (batch == null) {
      throw new IllegalArgumentException(
          "matmul: batch dimensions of shapes "
              + ShapeMath.format(a.shape)
              + " and "
              + ShapeMath.format(b.shape)
              + " cannot be broadcast");
    }
    long[] outShape = resultShape(a, b, batch, m, n);
    ShapeMath.checkedNumel("matmul", outShape);
    int[] leftMatrix = ShapeMath.broadcastIndices(leftBatch, batch);
    int[] rightMatrix = ShapeMath.broadcastIndices(rightBatch, batch);
    Object out = Storage.allocate(dtype, leftMatrix.length * m * n);
    for (int s = 0; s < leftMatrix.length; s++) {
      int leftBase = leftMatrix[s] * m * k;
      int rightBase = rightMatrix[s] * k * n;
      int outBase = s * m * n;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          int target = outBase + i * n + j;
          if (dtype.isFloating()) {
            double acc = 0.0;
            for (int p = 0; p < k; p++) {
              acc +=
                  Storage.getDouble(dtype, a.data(), leftBase + i * k + p)
                      * Storage.getDouble(dtype, b.data(), rightBase + p * n + j);
            }
            Storage.setDouble(dtype, out, target, acc);
          } else {
            int acc = 0;
            for (int p = 0; p < k; p++) {
              acc +=
                  Storage.getInt(dtype, a.data(), leftBase + i * k + p)
                      * Storage.getInt(dtype, b.data(), rightBase + p * n + j);
            }
            Storage.setInt(dtype, out, target, acc);
          }
        }
      }
    }
    return new Tensor(dtype, outShape, out);
  }

  /** {@code batch + [m, n]}, without {@code m} for a 1-D left and {@code n} for a 1-D right. */
  private static long[] resultShape(Tensor a, Tensor b, long[] batch, int m, int n) {
    long[] shape = Arrays.copyOf(batch, batch.length + 2);
    shape[batch.length] = m;
    shape[batch.length + 1] = n;
    if (b.shape.length == 1) {
      shape = Arrays.copyOf(shape, shape.length - 1);
    }
    if (a.shape.length == 1) {
      long[] dropped = new long[shape.length - 1];
      System.arraycopy(shape, 0, dropped, 0, batch.length);
      System.arraycopy(
          shape, batch.length + 1, dropped, batch.length, shape.length - batch.length - 1);
      shape = dropped;
    }
    return shape;
  }
}
