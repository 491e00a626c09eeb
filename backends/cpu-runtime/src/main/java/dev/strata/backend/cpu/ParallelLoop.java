package dev.strata.backend.cpu;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One call of {@link Parallel#forRange}: the chunks still to claim, the chunks still running, and
 * the first failure. Queued on the pool once per helper wanted; every copy that runs claims chunks
 * until none is left, so a helper that starts late simply finds nothing to do.
 */
final class ParallelLoop implements Runnable {
  private static final VarHandle NEXT;
  private static final VarHandle UNFINISHED;
  /** How long the caller spins for the last chunks before it parks: as long as a worker would. */
  private static final long SPIN_NANOS = WorkerPool.SPIN_NANOS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      NEXT = lookup.findVarHandle(ParallelLoop.class, "next", int.class);
      UNFINISHED = lookup.findVarHandle(ParallelLoop.class, "unfinished", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int n;
  private final int chunks;
  private final Parallel.RangeBody body;
  private final Thread caller;
  @SuppressWarnings("unused") // through NEXT
  private volatile int next;
  @SuppressWarnings("unused") // through UNFINISHED
  private volatile int unfinished;
  private volatile Throwable failure;

  ParallelLoop(int n, int chunks, Parallel.RangeBody body, Thread caller) {
    this.n = n;
    this.chunks = chunks;
    this.body = body;
    this.caller = caller;
    this.unfinished = chunks;
  }

  @Override
  public void run() {
    runChunks();
  }

  /** Claims and runs chunks until none is left. */
  void runChunks() {
    int chunk;
    while ((chunk = (int) NEXT.getAndAdd(this, 1)) < chunks) {
      if (failure == null) {
        try {
          body.run(bound(chunk), bound(chunk + 1));
        } catch (Throwable t) {
          record(t);
        }
      }
      if ((int) UNFINISHED.getAndAdd(this, -1) == 1 && Thread.currentThread() != caller) {
        LockSupport.unpark(caller);
      }
    }
  }

  /** Called by the caller once it finds no chunk left to claim. */
  void awaitAndRethrow() {
    boolean interrupted = false;
    long deadline = System.nanoTime() + SPIN_NANOS;
    while (unfinished != 0) {
      if (System.nanoTime() < deadline) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
        // park returns at once while the interrupt flag is set: clear it, wait on, restore it.
        interrupted |= Thread.interrupted();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable first = failure;
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      // RangeBody declares no checked exception, but a sneaky throw could still deliver one.
      throw new IllegalStateException("A parallel chunk failed", first);
    }
  }

  private int bound(int chunk) {
    return (int) ((long) n * chunk / chunks);
  }

  private void record(Throwable t) {
    synchronized (this) {
      Throwable first = failure;
      if (first == null) {
        failure = t;
      } else if (first != t) {
        first.addSuppressed(t);
      }
    }
  }
}
