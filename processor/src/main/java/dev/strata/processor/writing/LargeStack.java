package dev.strata.processor.writing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs IR work on a thread with a large stack. Lowering and emitting a fused group recurse once
 * per op of the chain, and a legal kernel (an unrolled loop, say) may fuse thousands of ops, more
 * than javac's own thread has stack for. The work touches no javac state, so it may run on
 * another thread while the processor waits for it.
 */
final class LargeStack {
  /** Far more than a group of 256 fused ops needs, and than lowering the passes around it. */
  private static final long STACK_BYTES = 256L << 20;

  private LargeStack() {}

  /**
   * The result of {@code work}, run on a thread of its own with a {@value #STACK_BYTES}-byte stack;
   * what it throws is rethrown here.
   */
  static <T> T call(Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.call());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "strata-lowering", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while lowering a kernel", e);
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    if (e != null) {
      throw new IllegalStateException(e);
    }
    return result.get();
  }
}
