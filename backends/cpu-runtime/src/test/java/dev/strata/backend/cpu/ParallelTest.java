package dev.strata.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Parallel#forRange}: coverage, chunking, failures, nesting and concurrent callers. */
class ParallelTest {

  private record Chunk(int start, int end) {}

  @Property(tries = 300)
  void coversEveryIndexOnceInContiguousChunksOfAtLeastTheGrain(@ForAll @IntRange(min = 0, max = 5000) int n,
      @ForAll @IntRange(min = -1, max = 700) int grain) {
    AtomicIntegerArray hits = new AtomicIntegerArray(Math.max(n, 1));
    List<Chunk> chunks = Collections.synchronizedList(new ArrayList<>());
    Parallel.forRange(n, grain, (start, end) -> {
      chunks.add(new Chunk(start, end));
      for (int i = start; i < end; i++) {
        hits.incrementAndGet(i);
      }
    });
    for (int i = 0; i < n; i++) {
      assertEquals(1, hits.get(i), "index " + i);
    }
    if (n == 0) {
      assertTrue(chunks.isEmpty());
      return;
    }
    assertTrue(chunks.size() <= Parallel.threads(), () -> "more chunks than threads: " + chunks);
    for (Chunk chunk : chunks) {
      assertTrue(chunk.start() < chunk.end(), () -> "empty chunk " + chunk);
      if (chunks.size() > 1) {
        assertTrue(chunk.end() - chunk.start() >= Math.max(grain, 1), () -> "chunk below the grain: " + chunk);
      }
    }
  }

  @Test
  void runsInlineWhenTheRangeIsNoBiggerThanTheGrain() {
    Thread caller = Thread.currentThread();
    List<Thread> ran = new ArrayList<>();
    Parallel.forRange(100, 100, (start, end) -> {
      ran.add(Thread.currentThread());
      assertEquals(0, start);
      assertEquals(100, end);
    });
    assertEquals(List.of(caller), ran);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void usesThePoolForBigRanges() throws InterruptedException {
    if (Parallel.threads() < 2) {
      return;
    }
    // Every chunk waits until all have started: this only finishes if they run at the same time.
    CountDownLatch started = new CountDownLatch(Parallel.threads());
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Parallel.forRange(Parallel.threads(), 1, (start, end) -> {
      threads.add(Thread.currentThread());
      started.countDown();
      try {
        assertTrue(started.await(30, TimeUnit.SECONDS), "chunks did not run concurrently");
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertEquals(Parallel.threads(), threads.size());
    assertTrue(threads.contains(Thread.currentThread()), "the caller takes part");
    for (Thread thread : threads) {
      assertTrue(thread == Thread.currentThread() || thread.isDaemon(), "pool threads are daemons");
    }
  }

  @Test
  void rethrowsTheFirstFailureWithTheOthersSuppressed() {
    int n = Parallel.threads() * 10;
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Parallel.forRange(n, 10, (start, end) -> {
          throw new IllegalStateException("chunk " + start);
        }));
    assertTrue(thrown.getMessage().startsWith("chunk "));
    // Chunks that start after the first failure are skipped; those already running are suppressed.
    assertTrue(thrown.getSuppressed().length < Parallel.threads());
    for (Throwable other : thrown.getSuppressed()) {
      assertTrue(other instanceof IllegalStateException);
    }
    // The pool survives.
    AtomicLong sum = new AtomicLong();
    Parallel.forRange(1000, 1, (start, end) -> {
      for (int i = start; i < end; i++) {
        sum.addAndGet(i);
      }
    });
    assertEquals(999L * 1000 / 2, sum.get());
  }

  @Test
  void rethrowsErrorsAsThemselves() {
    AssertionError error = new AssertionError("boom");
    assertSame(error, assertThrows(AssertionError.class, () -> Parallel.forRange(Parallel.threads() * 2, 1,
        (start, end) -> {
          if (start == 0) {
            throw error;
          }
        })));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void nestedLoopsRunInlineOnTheOuterChunksThread() {
    int outer = Parallel.threads() * 4;
    AtomicInteger inner = new AtomicInteger();
    AtomicInteger foreign = new AtomicInteger();
    Parallel.forRange(outer, 1, (start, end) -> {
      Thread chunkThread = Thread.currentThread();
      for (int i = start; i < end; i++) {
        Parallel.forRange(1000, 1, (s, e) -> {
          if (Thread.currentThread() != chunkThread || s != 0 || e != 1000) {
            foreign.incrementAndGet();
          }
          inner.addAndGet(e - s);
        });
      }
    });
    assertEquals(outer * 1000, inner.get());
    assertEquals(0, foreign.get(), "a nested loop left its thread or was split");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void manyCallersAtOnce() throws Exception {
    int callers = 8;
    int calls = 300;
    ExecutorService executor = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        int seed = c;
        results.add(executor.submit(() -> {
          long total = 0;
          for (int call = 0; call < calls; call++) {
            int n = 1 + (seed * 7919 + call * 104729) % 20_000;
            AtomicLong sum = new AtomicLong();
            Parallel.forRange(n, 64, (start, end) -> {
              long local = 0;
              for (int i = start; i < end; i++) {
                local += i;
              }
              sum.addAndGet(local);
            });
            assertEquals((long) n * (n - 1) / 2, sum.get());
            total += n;
          }
          return total;
        }));
      }
      for (Future<Long> result : results) {
        assertTrue(result.get(60, TimeUnit.SECONDS) > 0);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void threadsIsPositive() {
    assertTrue(Parallel.threads() >= 1);
  }
}
