package dev.strata.backend.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.function.LongSupplier;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;

/**
 * Prints the GFLOP/s of {@link Gemm#f32} on square matrices against EJML (single- and
 * multithreaded) and against the machine's FMA peak. Not a test: run its {@code main} on a JVM with
 * {@code --add-modules jdk.incubator.vector} and the test class path.
 *
 * <p>Arguments (all optional): the matrix size (default 1024), the timed repetitions per
 * contender (default 10). Each figure is the best of its repetitions, after as many untimed ones;
 * the FMA peak is the best of three runs of 12 independent accumulator chains per thread.
 *
 * <pre>
 * mvn -q -pl backends/cpu-runtime test-compile
 * mvn -q -pl backends/cpu-runtime dependency:build-classpath -Dmdep.outputFile=cp.txt
 * $JAVA25/bin/java --add-modules jdk.incubator.vector \
 *     -cp backends/cpu-runtime/target/classes:backends/cpu-runtime/target/test-classes:$(cat backends/cpu-runtime/cp.txt) \
 *     dev.strata.backend.cpu.GemmBenchmark 1024 20
 * </pre>
 *
 * Add {@code -Dstrata.threads=1} for the single-threaded figure.
 */
public final class GemmBenchmark {
  private static final int PEAK_ACCUMULATORS = 12;

  private GemmBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the matrix size and the repetitions, both optional
   * @throws Exception if a peak thread fails
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    double flops = 2.0 * size * size * size;
    Random random = new Random(42);
    float[] a = randomArray(random, size * size);
    float[] b = randomArray(random, size * size);
    float[] c = new float[size * size];
    int[] zero = {0};

    System.out.printf(Locale.ROOT, "GEMM %d^3, %d threads (strata.threads), %d processors, vector path %s, "
            + "%d float lanes%n", size, Parallel.threads(), Runtime.getRuntime().availableProcessors(),
        VectorSupport.available(), FloatVector.SPECIES_PREFERRED.length());
    double peak = fmaPeak(Runtime.getRuntime().availableProcessors());
    double peakOne = fmaPeak(1);
    double strata = best(reps, flops, () -> time(() -> Gemm.f32(1, size, size, size, a, zero, size, 1,
        b, zero, size, 1, c, 0)));
    double strataTransposed = best(reps, flops, () -> time(() -> Gemm.f32(1, size, size, size, a, zero, 1, size,
        b, zero, 1, size, c, 0)));

    FMatrixRMaj ea = new FMatrixRMaj(size, size, true, a);
    FMatrixRMaj eb = new FMatrixRMaj(size, size, true, b);
    FMatrixRMaj ec = new FMatrixRMaj(size, size);
    double ejml = best(Math.max(2, reps / 3), flops, () -> time(() -> CommonOps_FDRM.mult(ea, eb, ec)));
    double ejmlMt = best(reps, flops, () -> time(() -> CommonOps_MT_FDRM.mult(ea, eb, ec)));

    System.out.printf(Locale.ROOT, "FMA peak, all cores      %8.1f GFLOP/s%n", peak);
    System.out.printf(Locale.ROOT, "FMA peak, one core       %8.1f GFLOP/s%n", peakOne);
    System.out.printf(Locale.ROOT, "Strata Gemm.f32          %8.1f GFLOP/s  (%.0f%% of peak)%n", strata,
        100 * strata / peak);
    System.out.printf(Locale.ROOT, "Strata Gemm.f32 A^T B^T  %8.1f GFLOP/s  (%.0f%% of peak)%n", strataTransposed,
        100 * strataTransposed / peak);
    System.out.printf(Locale.ROOT, "EJML CommonOps_FDRM      %8.1f GFLOP/s  (Strata %.1fx)%n", ejml, strata / ejml);
    System.out.printf(Locale.ROOT, "EJML CommonOps_MT_FDRM   %8.1f GFLOP/s  (Strata %.1fx)%n", ejmlMt,
        strata / ejmlMt);
  }

  private static float[] randomArray(Random random, int length) {
    float[] values = new float[length];
    for (int i = 0; i < length; i++) {
      values[i] = random.nextFloat() * 2 - 1;
    }
    return values;
  }

  /** The best GFLOP/s over {@code reps} timings, after as many untimed runs. */
  private static double best(int reps, double flops, LongSupplier nanos) {
    for (int i = 0; i < reps; i++) {
      nanos.getAsLong();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < reps; i++) {
      best = Math.min(best, nanos.getAsLong());
    }
    return flops / best;
  }

  private static long time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  /** GFLOP/s of independent vector FMAs on {@code threads} threads at once, best of three runs. */
  private static double fmaPeak(int threads) throws Exception {
    for (int warm = 0; warm < 5; warm++) {
      fmaLoop(2_000_000L);
    }
    double best = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
      best = Math.max(best, fmaPeakOnce(threads, 40_000_000L));
    }
    return best;
  }

  private static double fmaPeakOnce(int threads, long iterations) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    CyclicBarrier end = new CyclicBarrier(threads + 1);
    List<Thread> workers = new ArrayList<>();
    float[] sink = new float[threads];
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker = new Thread(() -> {
        try {
          start.await();
          sink[index] = fmaLoop(iterations);
          end.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      worker.start();
      workers.add(worker);
    }
    start.await();
    long begin = System.nanoTime();
    end.await();
    long elapsed = System.nanoTime() - begin;
    for (Thread worker : workers) {
      worker.join();
    }
    double flops = 2.0 * FloatVector.SPECIES_PREFERRED.length() * PEAK_ACCUMULATORS * iterations * threads;
    return flops / elapsed + 0 * sink[0];
  }

  /** {@code iterations} rounds of {@value #PEAK_ACCUMULATORS} independent FMAs. */
  private static float fmaLoop(long iterations) {
    VectorSpecies<Float> s = FloatVector.SPECIES_PREFERRED;
    FloatVector x = FloatVector.broadcast(s, 0.999999f);
    FloatVector y = FloatVector.broadcast(s, 1e-7f);
    FloatVector c0 = FloatVector.broadcast(s, 1f);
    FloatVector c1 = c0.add(1f);
    FloatVector c2 = c0.add(2f);
    FloatVector c3 = c0.add(3f);
    FloatVector c4 = c0.add(4f);
    FloatVector c5 = c0.add(5f);
    FloatVector c6 = c0.add(6f);
    FloatVector c7 = c0.add(7f);
    FloatVector c8 = c0.add(8f);
    FloatVector c9 = c0.add(9f);
    FloatVector c10 = c0.add(10f);
    FloatVector c11 = c0.add(11f);
    for (long i = 0; i < iterations; i++) {
      c0 = c0.fma(x, y);
      c1 = c1.fma(x, y);
      c2 = c2.fma(x, y);
      c3 = c3.fma(x, y);
      c4 = c4.fma(x, y);
      c5 = c5.fma(x, y);
      c6 = c6.fma(x, y);
      c7 = c7.fma(x, y);
      c8 = c8.fma(x, y);
      c9 = c9.fma(x, y);
      c10 = c10.fma(x, y);
      c11 = c11.fma(x, y);
    }
    return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
        .reduceLanes(VectorOperators.ADD);
  }
}
