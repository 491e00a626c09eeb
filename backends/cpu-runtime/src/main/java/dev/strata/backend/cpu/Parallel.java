package dev.strata.backend.cpu;

/**
 * The worker pool that compiled CPU kernels run their parallel loops on.
 *
 * <p>One pool serves the whole process. A loop runs on up to {@link #threads()} threads: {@link
 * Runtime#availableProcessors()}, or the value of the system property {@value #THREADS_PROPERTY}
 * when that is a positive integer (read once, when this class is initialised). The calling
 * thread always takes part, so the pool holds one daemon thread fewer than that.
 *
 * <p>{@link #forRange} splits an index range into at most {@link #threads()} contiguous chunks,
 * hands the loop to as many workers as there are chunks beyond the first, and lets the calling
 * thread take chunks too. Workers and the caller claim chunks from a shared counter, so a call
 * never waits on a chunk that nobody has started: a busy pool (many concurrent callers) only makes
 * a call slower, never stuck. A call made from inside a chunk (a nested parallel loop) runs
 * inline. Idle workers spin briefly before parking (see {@link WorkerPool}), so loops issued back
 * to back do not pay for waking threads up.
 */
public final class Parallel {
  /** The property that overrides the pool size. */
  public static final String THREADS_PROPERTY = "strata.threads";

  private static final System.Logger LOG = System.getLogger(Parallel.class.getName());
  /** The most worker threads {@code strata.threads} may ask for. */
  private static final int MAX_THREADS = 4096;
  private static final int THREADS = configuredThreads();
  private static final WorkerPool POOL = new WorkerPool(THREADS - 1, "strata-cpu");

  /** Set while a thread that is not a pool worker runs a chunk, so nested loops stay inline. */
  private static final ThreadLocal<boolean[]> IN_CHUNK = ThreadLocal.withInitial(() -> new boolean[1]);

  private Parallel() {}

  /**
   * The body of a parallel loop: handles the indices {@code [start, end)}.
   */
  @FunctionalInterface
  public interface RangeBody {
    /**
     * Runs the iterations {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @param start the first index of the chunk
     * @param end one past the last index of the chunk
     */
    void run(int start, int end);
  }

  /**
   * The number of threads a parallel loop can use: the pool size, counting the calling thread as
   * one of them.
   *
   * @return at least 1
   */
  public static int threads() {
    return THREADS;
  }

  /**
   * Runs {@code body} over {@code [0, n)} split into contiguous chunks of at least {@code grain}
   * indices, on the pool and the calling thread, and returns when every chunk has finished.
   *
   * <p>Runs inline, as {@code body.run(0, n)}, when {@code n <= grain}, when the pool has a single
   * thread, or when called from inside a chunk of another parallel loop. If chunks throw, the
   * first exception is rethrown to the caller with the others {@linkplain
   * Throwable#addSuppressed suppressed}; chunks not yet started when a chunk fails are skipped.
   * Safe to call from any number of threads at once.
   *
   * @param n the number of iterations; nothing runs when it is zero or negative
   * @param grain the smallest chunk worth handing to another thread; values below 1 count as 1
   * @param body the loop body
   */
  public static void forRange(int n, int grain, RangeBody body) {
    if (n <= 0) {
      return;
    }
    int minChunk = Math.max(1, grain);
    int chunks = Math.min(THREADS, n / minChunk);
    if (chunks <= 1 || WorkerPool.inWorker()) {
      body.run(0, n);
      return;
    }
    boolean[] inChunk = IN_CHUNK.get();
    if (inChunk[0]) {
      body.run(0, n);
      return;
    }
    ParallelLoop loop = new ParallelLoop(n, chunks, body, Thread.currentThread());
    POOL.submit(loop, chunks - 1);
    inChunk[0] = true;
    try {
      loop.runChunks();
    } finally {
      inChunk[0] = false;
    }
    loop.awaitAndRethrow();
  }

  private static int configuredThreads() {
    int processors = Runtime.getRuntime().availableProcessors();
    String value = System.getProperty(THREADS_PROPERTY);
    if (value == null || value.isBlank()) {
      return processors;
    }
    try {
      int threads = Integer.parseInt(value.strip());
      if (threads > 0 && threads <= MAX_THREADS) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.log(System.Logger.Level.WARNING, "Ignoring {0}={1}: not an integer from 1 to {2}; using {3} threads",
        THREADS_PROPERTY, value, MAX_THREADS, processors);
    return processors;
  }
}
