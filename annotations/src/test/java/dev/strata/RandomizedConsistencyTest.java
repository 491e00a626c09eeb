package dev.strata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks operations against one another and against direct indexing on many small random
 * shapes, from a fixed seed so every run checks the same cases.
 */
class RandomizedConsistencyTest {
  private static final int CASES = 300;

  private final SplittableRandom random = new SplittableRandom(20240601);

  @Test
  void broadcastBinaryMatchesIndexing() {
    for (int c = 0; c < CASES; c++) {
      long[] full = randomShape(4, 3);
      long[] left = operandShape(full);
      long[] right = operandShape(full);
      Tensor a = Tensor.randn(c, DType.F64, left);
      Tensor b = Tensor.randn(c + 1000, DType.F64, right);
      Tensor sum = a.add(b);
      long[] out = broadcastShape(left, right);
      assertArrayEquals(out, sum.shape());
      assertEquals(a.broadcastTo(out).add(b.broadcastTo(out)), sum);
      forEachIndex(
          out,
          index ->
              assertEquals(
                  a.get(project(index, left)) + b.get(project(index, right)), sum.get(index)));
    }
  }

  @Test
  void transposeMatchesIndexing() {
    for (int c = 0; c < CASES; c++) {
      long[] shape = randomShape(4, 4);
      if (shape.length == 0) {
        continue;
      }
      Tensor t = Tensor.rand(c, DType.F32, shape);
      int i = random.nextInt(shape.length);
      int j = random.nextInt(shape.length);
      Tensor swapped = t.transpose(i, j - shape.length);
      assertEquals(t, swapped.transpose(j, i));
      forEachIndex(
          shape,
          index -> {
            long[] moved = index.clone();
            moved[i] = index[j];
            moved[j] = index[i];
            assertEquals(t.get(index), swapped.get(moved));
          });
    }
  }

  @Test
  void reductionsMatchIndexing() {
    for (int c = 0; c < CASES; c++) {
      long[] shape = randomShape(3, 4);
      if (shape.length == 0) {
        continue;
      }
      Tensor t = Tensor.randn(c, DType.F64, shape);
      int axis = random.nextInt(shape.length);
      if (shape[axis] == 0) {
        continue;
      }
      Tensor sum = t.sum(axis, true);
      Tensor max = t.max(axis, true);
      Tensor argmax = t.argmax(axis, true);
      long[] reduced = sum.shape();
      forEachIndex(
          reduced,
          index -> {
            double total = 0;
            double best = Double.NEGATIVE_INFINITY;
            int bestAt = 0;
            for (long k = 0; k < shape[axis]; k++) {
              long[] at = index.clone();
              at[axis] = k;
              double value = t.get(at);
              total += value;
              if (value > best) {
                best = value;
                bestAt = (int) k;
              }
            }
            assertEquals(total, sum.get(index));
            assertEquals(best, max.get(index));
            assertEquals(bestAt, argmax.get(index));
          });
      assertEquals(sum.reshape(t.sum(axis, false).shape()), t.sum(axis, false));
    }
  }

  @Test
  void batchedMatmulMatchesPerMatrixProducts() {
    for (int c = 0; c < CASES / 3; c++) {
      long m = 1 + random.nextInt(3);
      long k = random.nextInt(4);
      long n = 1 + random.nextInt(3);
      long[] batch = randomShape(2, 3);
      long[] leftBatch = operandShape(batch);
      long[] rightBatch = operandShape(batch);
      Tensor a = Tensor.randn(c, DType.F64, concat(leftBatch, m, k));
      Tensor b = Tensor.randn(c + 7, DType.F64, concat(rightBatch, k, n));
      Tensor product = a.matmul(b);
      long[] outBatch = broadcastShape(leftBatch, rightBatch);
      assertArrayEquals(concat(outBatch, m, n), product.shape());
      forEachIndex(
          concat(outBatch, m, n),
          index -> {
            long[] batchIndex = Arrays.copyOf(index, outBatch.length);
            long i = index[outBatch.length];
            long j = index[outBatch.length + 1];
            double acc = 0;
            for (long p = 0; p < k; p++) {
              acc +=
                  a.get(concat(project(batchIndex, leftBatch), i, p))
                      * b.get(concat(project(batchIndex, rightBatch), p, j));
            }
            assertEquals(acc, product.get(index));
          });
    }
  }

  @Test
  void sliceMatchesIndexing() {
    for (int c = 0; c < CASES; c++) {
      long[] shape = randomShape(3, 5);
      if (shape.length == 0) {
        continue;
      }
      Tensor t = Tensor.arange(DType.I32, Tensor.zeros(DType.I8, shape).numel()).reshape(shape);
      int axis = random.nextInt(shape.length);
      long start = random.nextInt(13) - 6;
      long end = random.nextInt(13) - 6;
      Tensor s = t.slice(axis, start, end);
      long size = shape[axis];
      long from = Math.clamp(start < 0 ? start + size : start, 0, size);
      long to = Math.clamp(end < 0 ? end + size : end, 0, size);
      assertEquals(Math.max(0, to - from), s.dim(axis));
      forEachIndex(
          s.shape(),
          index -> {
            long[] source = index.clone();
            source[axis] += from;
            assertEquals(t.get(source), s.get(index));
          });
    }
  }

  private long[] randomShape(int maxRank, int maxDim) {
    long[] shape = new long[random.nextInt(maxRank + 1)];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = random.nextInt(maxDim + 1);
    }
    return shape;
  }

  /** A shape that broadcasts to {@code out}: some leading dims dropped, some dims set to 1. */
  private long[] operandShape(long[] out) {
    int rank = random.nextInt(out.length + 1);
    long[] shape = Arrays.copyOfRange(out, out.length - rank, out.length);
    for (int i = 0; i < rank; i++) {
      if (random.nextInt(3) == 0) {
        shape[i] = 1;
      }
    }
    return shape;
  }

  /** The broadcast of two shapes derived by {@link #operandShape} from one shape. */
  private static long[] broadcastShape(long[] a, long[] b) {
    long[] out = new long[Math.max(a.length, b.length)];
    for (int i = 0; i < out.length; i++) {
      int ia = i - (out.length - a.length);
      int ib = i - (out.length - b.length);
      long da = ia >= 0 ? a[ia] : 1;
      long db = ib >= 0 ? b[ib] : 1;
      out[i] = da == 1 ? db : da;
    }
    return out;
  }

  /** The index into an operand of shape {@code operand} that broadcasts to {@code index}. */
  private static long[] project(long[] index, long[] operand) {
    long[] projected = new long[operand.length];
    int offset = index.length - operand.length;
    for (int i = 0; i < operand.length; i++) {
      projected[i] = operand[i] == 1 ? 0 : index[i + offset];
    }
    return projected;
  }

  private static long[] concat(long[] head, long... tail) {
    long[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static void forEachIndex(long[] shape, java.util.function.Consumer<long[]> body) {
    long count = 1;
    for (long dim : shape) {
      count *= dim;
    }
    long[] index = new long[shape.length];
    for (long n = 0; n < count; n++) {
      body.accept(index.clone());
      for (int axis = shape.length - 1; axis >= 0; axis--) {
        if (++index[axis] < shape[axis]) {
          break;
        }
        index[axis] = 0;
      }
    }
  }
}
