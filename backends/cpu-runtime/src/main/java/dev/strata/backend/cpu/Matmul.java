package dev.strata.backend.cpu;

import dev.strata.DType;
import java.util.Arrays;

/**
 * {@code numpy.matmul} of two row-major buffers by {@link Gemm}, as compiled kernels call it:
 * works out the batch broadcast, the per-batch offsets and the strides (a transposed operand is
 * read through swapped strides) and runs one batched GEMM.
 */
public final class Matmul {
  private Matmul() {}

  /**
   * {@code out = a @ b}. {@code aShape} and {@code bShape} are the stored shapes; with
   * {@code transposeA} the last two axes of {@code a} are read swapped (likewise {@code b}).
   */
  public static void run(DType dtype, Object a, long[] aShape, boolean transposeA, Object b, long[] bShape,
      boolean transposeB, Object out) {
    long[] la = logical(aShape, transposeA, true);
    long[] lb = logical(bShape, transposeB, false);
    int m = (int) la[la.length - 2];
    int k = (int) la[la.length - 1];
    int n = (int) lb[lb.length - 1];
    if (lb[lb.length - 2] != k) {
      throw new IllegalArgumentException("matmul: inner dims differ: " + Arrays.toString(aShape) + " and "
          + Arrays.toString(bShape));
    }
    long[] batchA = Arrays.copyOf(la, la.length - 2);
    long[] batchB = Arrays.copyOf(lb, lb.length - 2);
    int rank = Math.max(batchA.length, batchB.length);
    long[] batch = new long[rank];
    for (int i = 0; i < rank; i++) {
      long da = dimFromRight(batchA, rank - 1 - i);
      long db = dimFromRight(batchB, rank - 1 - i);
      if (da != db && da != 1 && db != 1) {
        throw new IllegalArgumentException("matmul: batch dims " + Arrays.toString(aShape) + " and "
            + Arrays.toString(bShape) + " cannot be broadcast");
      }
      batch[i] = Math.max(da, db);
      if (da == 0 || db == 0) {
        batch[i] = 0;
      }
    }
    int count = 1;
    for (long d : batch) {
      count = Math.toIntExact(count * d);
    }
    int[] offA = offsets(batch, batchA, (long) m * k);
    int[] offB = offsets(batch, batchB, (long) k * n);
    int aRow = transposeA ? 1 : k;
    int aCol = transposeA ? m : 1;
    int bRow = transposeB ? 1 : n;
    int bCol = transposeB ? k : 1;
    if (aShape.length == 1) {
      aRow = k;
      aCol = 1;
    }
    if (bShape.length == 1) {
      bRow = 1;
      bCol = 1;
    }
    switch (dtype) {
      case F32 -> Gemm.f32(count, m, n, k, (float[]) a, offA, aRow, aCol, (float[]) b, offB, bRow, bCol, (float[]) out, 0);
      case F64 -> Gemm.f64(count, m, n, k, (double[]) a, offA, aRow, aCol, (double[]) b, offB, bRow, bCol, (double[]) out, 0);
      case F16 -> Gemm.f16(count, m, n, k, (short[]) a, offA, aRow, aCol, (short[]) b, offB, bRow, bCol, (short[]) out, 0);
      case BF16 -> Gemm.bf16(count, m, n, k, (short[]) a, offA, aRow, aCol, (short[]) b, offB, bRow, bCol, (short[]) out, 0);
      case I32 -> Gemm.i32(count, m, n, k, (int[]) a, offA, aRow, aCol, (int[]) b, offB, bRow, bCol, (int[]) out, 0);
      case I8 -> Gemm.i8(count, m, n, k, (byte[]) a, offA, aRow, aCol, (byte[]) b, offB, bRow, bCol, (byte[]) out, 0);
      case BOOL -> throw new IllegalArgumentException("matmul: BOOL is not supported");
    }
  }

  /** The shape as {@code [..batch, rows, cols]}, a vector promoted to a row ({@code a}) or column ({@code b}). */
  private static long[] logical(long[] shape, boolean transpose, boolean isA) {
    long[] s;
    if (shape.length == 1) {
      s = isA ? new long[] {1, shape[0]} : new long[] {shape[0], 1};
    } else {
      s = shape.clone();
    }
    if (transpose) {
      long t = s[s.length - 1];
      s[s.length - 1] = s[s.length - 2];
      s[s.length - 2] = t;
    }
    return s;
  }

  private static long dimFromRight(long[] dims, int fromRight) {
    int i = dims.length - 1 - fromRight;
    return i >= 0 ? dims[i] : 1;
  }

  /** The start of each batch's matrix in an operand with batch dims {@code own}, broadcast to {@code batch}. */
  private static int[] offsets(long[] batch, long[] own, long matrixSize) {
    int count = 1;
    for (long d : batch) {
      count *= (int) d;
    }
    int[] out = new int[count];
    int rank = batch.length;
    long[] ownStrides = new long[rank];
    long stride = matrixSize;
    for (int i = rank - 1; i >= 0; i--) {
      long d = dimFromRight(own, rank - 1 - i);
      ownStrides[i] = d == 1 ? 0 : stride;
      stride *= d;
    }
    long[] idx = new long[rank];
    for (int b = 0; b < count; b++) {
      long off = 0;
      for (int i = 0; i < rank; i++) {
        off += idx[i] * ownStrides[i];
      }
      out[b] = Math.toIntExact(off);
      for (int i = rank - 1; i >= 0; i--) {
        if (++idx[i] < batch[i]) {
          break;
        }
        idx[i] = 0;
      }
    }
    return out;
  }
}
