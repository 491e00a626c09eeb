package dev.strata.backend.opencl;

import dev.strata.device.DeviceException;

/**
 * Run in a JVM of its own by {@link BuildTest}: builds programs new to PoCL while other threads
 * make the JVM raise signals (a hot loop and a garbage collection every 5 ms, whose safepoint
 * polls fault), then builds them again with the JVM quiet, and prints how many builds failed in
 * each phase. The first phase may lose builds (LLVM's handlers delete its temporary files); the
 * second must not, as such failures are not remembered.
 */
public final class BuildUnderSignals {
  private static volatile boolean stop;

  private BuildUnderSignals() {}

  /** Prints {@code busy <failures> quiet <failures>}. */
  public static void main(String[] args) throws Exception {
    OpenClDevice device = RequiredDevice.get();
    long unique = System.nanoTime();
    String[] sources = new String[12];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = "__kernel void k" + i + "(__global float* y) { y[get_global_id(0)] *= " + i + "." + unique
          + "f; }\n";
    }
    Thread loop = new Thread(() -> {
      long s = 0;
      while (!stop) {
        for (int i = 0; i < 100_000; i++) {
          s += i ^ (s >>> 3);
        }
      }
      if (s == 42) {
        System.out.print("");
      }
    });
    Thread gc = new Thread(() -> {
      while (!stop) {
        System.gc();
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    loop.start();
    gc.start();
    int busy = failures(device, sources);
    stop = true;
    loop.join();
    gc.join();
    int quiet = failures(device, sources);
    System.out.println("busy " + busy + " quiet " + quiet);
  }

  private static int failures(OpenClDevice device, String[] sources) {
    int failed = 0;
    for (String s : sources) {
      try {
        device.build(s, "");
      } catch (DeviceException e) {
        failed++;
      }
    }
    return failed;
  }
}
