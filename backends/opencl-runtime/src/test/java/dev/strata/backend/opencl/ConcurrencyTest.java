package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 500;
  private static final int N = 256;

  @Test
  void eightThreadsShareOneDevice() throws Exception {
    OpenClDevice device = RequiredDevice.get();
    long live = device.liveBytes();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> checked = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        checked.add(pool.submit(() -> {
          start.await();
          return roundTrips(device, thread);
        }));
      }
      start.countDown();
      for (Future<Integer> result : checked) {
        assertEquals(ROUNDS * N, result.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    device.finish();
    assertEquals(live, device.liveBytes());
  }

  /** Runs {@code ROUNDS} upload-launch-download cycles and returns how many values matched. */
  private static int roundTrips(OpenClDevice device, int thread) throws Exception {
    Random random = new Random(thread);
    DeviceProgram program = device.build(TestKernels.AXPY, "");
    int[] x = new int[N];
    int[] y = new int[N];
    int matched = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < N; i++) {
        x[i] = random.nextInt(1 << 20);
      }
      int a = thread + 2;
      int b = round;
      try (DeviceBuffer dx = device.allocate(4L * N); DeviceBuffer dy = device.allocate(4L * N)) {
        device.upload(x, dx);
        device.launch(program, "axpy_i", new Object[] {dx, dy, a, b, N}, new long[] {N},
            new long[] {32});
        device.download(dy, y);
      }
      for (int i = 0; i < N; i++) {
        if (y[i] != a * x[i] + b) {
          throw new AssertionError("thread " + thread + ", round " + round + ", index " + i
              + ": expected " + (a * x[i] + b) + " but was " + y[i]);
        }
        matched++;
      }
    }
    return matched;
  }
}
