package dev.strata.backend.cpu;

/**
 * The loop nest of a GotoBLAS/BLIS matrix multiply, shared by every element type and micro-kernel;
 * subclasses supply the packing and the micro-kernel for one call.
 *
 * <pre>
 * for jc in 0..n step nc          B block (kc x nc): packed once, shared by all threads
 *   for pc in 0..k step kc
 *     pack B[pc:pc+kc, jc:jc+nc]  in parallel, into nr-column panels
 *     for ic in 0..m step mc      split across threads (by rows, or by B panels when m is small)
 *       pack A[ic:ic+mc, pc:pc+kc] into mr-row panels (per thread)
 *       for each B panel, for each A panel: micro-kernel on an mr x nr tile of C
 * </pre>
 *
 * <p>The first depth block stores into C and later ones add to it, so C is overwritten without
 * being cleared first. A batch of small matrices is spread over the threads one matrix per task
 * instead; products smaller than {@link #SERIAL_WORK} multiply-adds stay on the calling thread.
 *
 * @param <P> the packed array type ({@code float[]}, {@code double[]} or {@code int[]})
 */
abstract class BlockedGemm<P> {
  /**
   * Below this many multiply-adds (m*n*k, 64^3) a product stays on the calling thread: measured on
   * 2 Zen 5 cores, two threads break even near 56^3 and win from 64^3 up (175 against 118
   * GFLOP/s); below, they lose (48^3: 70-78 against 80).
   */
  static final long SERIAL_WORK = 1L << 18;
  /** A batch is split into whole matrices when each matrix has fewer multiply-adds than this. */
  private static final long SPLIT_MATRIX_WORK = 1L << 22;
  /** The smallest share of a block worth handing to another thread, in multiply-adds. */
  private static final long MIN_CHUNK_WORK = 1L << 16;

  final int batch;
  final int m;
  final int n;
  final int k;
  final Tiling tiling;

  BlockedGemm(int batch, int m, int n, int k, Tiling tiling) {
    this.batch = batch;
    this.m = m;
    this.n = n;
    this.k = k;
    this.tiling = tiling;
  }

  /** The calling thread's buffer for a packed A block of at least {@code size} elements. */
  abstract P packedA(PackBuffers buffers, int size);

  /** The calling thread's buffer for a packed B block of at least {@code size} elements. */
  abstract P packedB(PackBuffers buffers, int size);

  /** Packs rows {@code [row0, row0 + rows)} by depth {@code [p0, p0 + depth)} of A into mr-row panels. */
  abstract void packA(int batchIndex, int row0, int rows, int p0, int depth, P dst);

  /** Packs columns {@code [col0, col0 + cols)} by depth {@code [p0, p0 + depth)} of B into nr-column panels. */
  abstract void packB(int batchIndex, int col0, int cols, int p0, int depth, P dst, int dstOff);

  /** Writes zeros to every element of C (the product when {@code k == 0}). */
  abstract void clearC();

  /**
   * Multiplies a packed A block ({@code rows x depth}) by B panels {@code [panel0, panel1)} of a
   * packed B block ({@code cols} columns wide) into C from {@code (row0, col0)} of matrix {@code
   * batchIndex}, adding to C when {@code accumulate}, storing otherwise.
   */
  abstract void multiplyBlock(int batchIndex, PackBuffers buffers, P a, int rows, P b, int panel0, int panel1,
      int cols, int depth, int row0, int col0, boolean accumulate);

  /** Computes C for every matrix of the batch. */
  final void run() {
    if (batch == 0 || m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      clearC();
      return;
    }
    long work = (long) m * n * k;
    int threads = Parallel.threads();
    if (batch > 1 && threads > 1 && (work < SPLIT_MATRIX_WORK || batch >= 4 * threads)) {
      int grain = (int) Math.clamp(SERIAL_WORK / work, 1, batch);
      Parallel.forRange(batch, grain, (start, end) -> {
        for (int i = start; i < end; i++) {
          multiply(i, false);
        }
      });
      return;
    }
    boolean parallel = threads > 1 && work >= SERIAL_WORK;
    for (int i = 0; i < batch; i++) {
      multiply(i, parallel);
    }
  }

  private void multiply(int batchIndex, boolean parallel) {
    int mr = tiling.mr();
    int nr = tiling.nr();
    int mPanels = ceilDiv(m, mr);
    PackBuffers own = PackBuffers.get();
    for (int jc = 0; jc < n; jc += tiling.nc()) {
      int cols = Math.min(tiling.nc(), n - jc);
      int nPanels = ceilDiv(cols, nr);
      for (int pc = 0; pc < k; pc += tiling.kc()) {
        int depth = Math.min(tiling.kc(), k - pc);
        P b = packedB(own, nPanels * nr * depth);
        boolean accumulate = pc > 0;
        if (!parallel) {
          packB(batchIndex, jc, cols, pc, depth, b, 0);
          multiplyRows(batchIndex, 0, m, b, 0, nPanels, cols, depth, pc, jc, accumulate);
          continue;
        }
        int col0 = jc;
        int p0 = pc;
        Parallel.forRange(nPanels, grain((long) nr * depth * mr), (start, end) -> packB(batchIndex,
            col0 + start * nr, Math.min(cols, end * nr) - start * nr, p0, depth, b, start * nr * depth));
        if (mPanels >= Parallel.threads() || mPanels >= nPanels) {
          Parallel.forRange(mPanels, grain((long) mr * cols * depth), (start, end) -> multiplyRows(batchIndex,
              start * mr, Math.min(m, end * mr), b, 0, nPanels, cols, depth, p0, col0, accumulate));
        } else {
          Parallel.forRange(nPanels, grain((long) m * nr * depth), (start, end) -> multiplyRows(batchIndex,
              0, m, b, start, end, cols, depth, p0, col0, accumulate));
        }
      }
    }
  }

  /** Rows {@code [row0, row1)} of the current C block, against B panels {@code [panel0, panel1)}. */
  private void multiplyRows(int batchIndex, int row0, int row1, P b, int panel0, int panel1, int cols, int depth,
      int p0, int col0, boolean accumulate) {
    PackBuffers own = PackBuffers.get();
    int mr = tiling.mr();
    for (int ic = row0; ic < row1; ic += tiling.mc()) {
      int rows = Math.min(tiling.mc(), row1 - ic);
      P a = packedA(own, ceilDiv(rows, mr) * mr * depth);
      packA(batchIndex, ic, rows, p0, depth, a);
      multiplyBlock(batchIndex, own, a, rows, b, panel0, panel1, cols, depth, ic, col0, accumulate);
    }
  }

  /** The number of iterations of {@code unitWork} multiply-adds worth a chunk of their own. */
  private static int grain(long unitWork) {
    return (int) Math.clamp(MIN_CHUNK_WORK / Math.max(1, unitWork), 1, Integer.MAX_VALUE);
  }

  static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
