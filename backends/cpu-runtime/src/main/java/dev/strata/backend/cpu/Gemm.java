package dev.strata.backend.cpu;

/**
 * Batched matrix multiply, C = A x B, for the CPU kernels Strata generates.
 *
 * <p>Every method has the same shape. For each matrix {@code i < batch} of the batch:
 *
 * <ul>
 *   <li>A is {@code m x k}, element {@code (r, p)} at {@code a[aOffsets[i] + r * aRowStride + p *
 *       aColStride]}: any strided view, so a transposed A is just swapped strides;
 *   <li>B is {@code k x n}, element {@code (p, j)} at {@code b[bOffsets[i] + p * bRowStride + j *
 *       bColStride]};
 *   <li>C is {@code m x n}, contiguous and row-major, element {@code (r, j)} at {@code c[cOffset +
 *       i * m * n + r * n + j]}; it is overwritten, never accumulated into.
 * </ul>
 *
 * Repeating an offset broadcasts one matrix over the batch. A size may be zero; with {@code k ==
 * 0} C is zeroed. The arguments are checked before any work starts: a view reaching outside its
 * array throws {@link IndexOutOfBoundsException}, a negative size or too short an offset array
 * {@link IllegalArgumentException}.
 *
 * <p>{@code f32} and {@code f64} run a cache-blocked, packed, multithreaded GEMM on the Vector API
 * when {@link VectorSupport#available()}, and a blocked plain-Java GEMM otherwise. {@code f16} and
 * {@code bf16} convert the operands to {@code float} while packing, accumulate in {@code float} and
 * round each element of C once, to nearest even. {@code i32} and {@code i8} accumulate in {@code
 * int} with two's-complement wrap-around; {@code i8} stores the low 8 bits.
 */
public final class Gemm {
  private Gemm() {}

  /**
   * {@code float} GEMM; see the {@linkplain Gemm class documentation} for the layout.
   *
   * @param batch the number of matrices
   * @param m the rows of A and C
   * @param n the columns of B and C
   * @param k the columns of A and rows of B
   * @param a the elements of A
   * @param aOffsets where each A of the batch starts, at least {@code batch} entries
   * @param aRowStride the distance between rows of A
   * @param aColStride the distance between columns of A
   * @param b the elements of B
   * @param bOffsets where each B of the batch starts, at least {@code batch} entries
   * @param bRowStride the distance between rows of B
   * @param bColStride the distance between columns of B
   * @param c receives the products
   * @param cOffset where the first C starts
   */
  public static void f32(int batch, int m, int n, int k,
      float[] a, int[] aOffsets, int aRowStride, int aColStride,
      float[] b, int[] bOffsets, int bRowStride, int bColStride,
      float[] c, int cOffset) {
    GemmArguments.check(batch, m, n, k, a.length, aOffsets, aRowStride, aColStride,
        b.length, bOffsets, bRowStride, bColStride, c.length, cOffset);
    FloatOperand left = new FloatOperand.OfFloat(a, aOffsets, aRowStride, aColStride);
    FloatOperand right = new FloatOperand.OfFloat(b, bOffsets, bRowStride, bColStride);
    if (VectorSupport.available()) {
      VectorGemmF32.multiply(batch, m, n, k, left, right, c, cOffset);
    } else {
      ScalarGemmF32.multiply(batch, m, n, k, left, right, c, cOffset);
    }
  }

  /**
   * {@code double} GEMM; see the {@linkplain Gemm class documentation} for the layout.
   *
   * @param batch the number of matrices
   * @param m the rows of A and C
   * @param n the columns of B and C
   * @param k the columns of A and rows of B
   * @param a the elements of A
   * @param aOffsets where each A of the batch starts, at least {@code batch} entries
   * @param aRowStride the distance between rows of A
   * @param aColStride the distance between columns of A
   * @param b the elements of B
   * @param bOffsets where each B of the batch starts, at least {@code batch} entries
   * @param bRowStride the distance between rows of B
   * @param bColStride the distance between columns of B
   * @param c receives the products
   * @param cOffset where the first C starts
   */
  public static void f64(int batch, int m, int n, int k,
      double[] a, int[] aOffsets, int aRowStride, int aColStride,
      double[] b, int[] bOffsets, int bRowStride, int bColStride,
      double[] c, int cOffset) {
    GemmArguments.check(batch, m, n, k, a.length, aOffsets, aRowStride, aColStride,
        b.length, bOffsets, bRowStride, bColStride, c.length, cOffset);
    DoubleOperand left = new DoubleOperand(a, aOffsets, aRowStride, aColStride);
    DoubleOperand right = new DoubleOperand(b, bOffsets, bRowStride, bColStride);
    if (VectorSupport.available()) {
      VectorGemmF64.multiply(batch, m, n, k, left, right, c, cOffset);
    } else {
      ScalarGemmF64.multiply(batch, m, n, k, left, right, c, cOffset);
    }
  }

  /**
   * {@code int} GEMM with wrap-around; see the {@linkplain Gemm class documentation} for the
   * layout.
   *
   * @param batch the number of matrices
   * @param m the rows of A and C
   * @param n the columns of B and C
   * @param k the columns of A and rows of B
   * @param a the elements of A
   * @param aOffsets where each A of the batch starts, at least {@code batch} entries
   * @param aRowStride the distance between rows of A
   * @param aColStride the distance between columns of A
   * @param b the elements of B
   * @param bOffsets where each B of the batch starts, at least {@code batch} entries
   * @param bRowStride the distance between rows of B
   * @param bColStride the distance between columns of B
   * @param c receives the products
   * @param cOffset where the first C starts
   */
  public static void i32(int batch, int m, int n, int k,
      int[] a, int[] aOffsets, int aRowStride, int aColStride,
      int[] b, int[] bOffsets, int bRowStride, int bColStride,
      int[] c, int cOffset) {
    GemmArguments.check(batch, m, n, k, a.length, aOffsets, aRowStride, aColStride,
        b.length, bOffsets, bRowStride, bColStride, c.length, cOffset);
    IntGemm.multiply(batch, m, n, k, new IntOperand.OfInt(a, aOffsets, aRowStride, aColStride),
        new IntOperand.OfInt(b, bOffsets, bRowStride, bColStride), IntGemm.Result.of(c, cOffset));
  }

  /**
   * {@code byte} GEMM: products summed in {@code int}, each element of C the low 8 bits of its sum;
   * see the {@linkplain Gemm class documentation} for the layout.
   *
   * @param batch the number of matrices
   * @param m the rows of A and C
   * @param n the columns of B and C
   * @param k the columns of A and rows of B
   * @param a the elements of A
   * @param aOffsets where each A of the batch starts, at least {@code batch} entries
   * @param aRowStride the distance between rows of A
   * @param aColStride the distance between columns of A
   * @param b the elements of B
   * @param bOffsets where each B of the batch starts, at least {@code batch} entries
   * @param bRowStride the distance between rows of B
   * @param bColStride the distance between columns of B
   * @param c receives the products
   * @param cOffset where the first C starts
   */
  public static void i8(int batch, int m, int n, int k,
      byte[] a, int[] aOffsets, int aRowStride, int aColStride,
      byte[] b, int[] bOffsets, int bRowStride, int bColStride,
      byte[] c, int cOffset) {
    GemmArguments.check(batch, m, n, k, a.length, aOffsets, aRowStride, aColStride,
        b.length, bOffsets, bRowStride, bColStride, c.length, cOffset);
    IntGemm.multiply(batch, m, n, k, new IntOperand.OfByte(a, aOffsets, aRowStride, aColStride),
        new IntOperand.OfByte(b, bOffsets, bRowStride, bColStride), IntGemm.Result.of(c, cOffset));
  }

  /**
   * IEEE binary16 GEMM on {@code short} bit patterns, accumulated in {@code float}; see the
   * {@linkplain Gemm class documentation} for the layout.
   *
   * @param batch the number of matrices
   * @param m the rows of A and C
   * @param n the columns of B and C
   * @param k the columns of A and rows of B
   * @param a the elements of A
   * @param aOffsets where each A of the batch starts, at least {@code batch} entries
   * @param aRowStride the distance between rows of A
   * @param aColStride the distance between columns of A
   * @param b the elements of B
   * @param bOffsets where each B of the batch starts, at least {@code batch} entries
   * @param bRowStride the distance between rows of B
   * @param bColStride the distance between columns of B
   * @param c receives the products
   * @param cOffset where the first C starts
   */
  public static void f16(int batch, int m, int n, int k,
      short[] a, int[] aOffsets, int aRowStride, int aColStride,
      short[] b, int[] bOffsets, int bRowStride, int bColStride,
      short[] c, int cOffset) {
    GemmArguments.check(batch, m, n, k, a.length, aOffsets, aRowStride, aColStride,
        b.length, bOffsets, bRowStride, bColStride, c.length, cOffset);
    HalfGemm.multiply(batch, m, n, k, new FloatOperand.OfHalf(a, aOffsets, aRowStride, aColStride, false),
        new FloatOperand.OfHalf(b, bOffsets, bRowStride, bColStride, false), c, cOffset, false,
        VectorSupport.available());
  }

  /**
   * bfloat16 GEMM on {@code short} bit patterns, accumulated in {@code float}; see the
   * {@linkplain Gemm class documentation} for the layout.
   *
   * @param batch the number of matrices
   * @param m the rows of A and C
   * @param n the columns of B and C
   * @param k the columns of A and rows of B
   * @param a the elements of A
   * @param aOffsets where each A of the batch starts, at least {@code batch} entries
   * @param aRowStride the distance between rows of A
   * @param aColStride the distance between columns of A
   * @param b the elements of B
   * @param bOffsets where each B of the batch starts, at least {@code batch} entries
   * @param bRowStride the distance between rows of B
   * @param bColStride the distance between columns of B
   * @param c receives the products
   * @param cOffset where the first C starts
   */
  public static void bf16(int batch, int m, int n, int k,
      short[] a, int[] aOffsets, int aRowStride, int aColStride,
      short[] b, int[] bOffsets, int bRowStride, int bColStride,
      short[] c, int cOffset) {
    GemmArguments.check(batch, m, n, k, a.length, aOffsets, aRowStride, aColStride,
        b.length, bOffsets, bRowStride, bColStride, c.length, cOffset);
    HalfGemm.multiply(batch, m, n, k, new FloatOperand.OfHalf(a, aOffsets, aRowStride, aColStride, true),
        new FloatOperand.OfHalf(b, bOffsets, bRowStride, bColStride, true), c, cOffset, true,
        VectorSupport.available());
  }
}
