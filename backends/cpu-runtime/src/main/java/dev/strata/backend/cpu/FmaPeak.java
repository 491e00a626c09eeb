package dev.strata.backend.cpu;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Measures this machine's f32 fused-multiply-add peak: independent Vector API FMA chains on
 * every core, best of three. Benchmarks report GEMM as a fraction of it. Needs the Vector API.
 */
public final class FmaPeak {
  private static final int CHAINS = 8;
  /** A constant species, so that the JIT compiles the chains to SIMD instructions. */
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

  private FmaPeak() {}

  /** The measured peak in GFLOP/s (an FMA counts as two flops). */
  public static double gflops() throws InterruptedException {
    int threads = Runtime.getRuntime().availableProcessors();
    VectorSpecies<Float> s = SPECIES;
    long rounds = 20_000_000;
    for (int warm = 0; warm < 5; warm++) {
      chains(2_000_000); // compile the loop before timing it (an OSR compile is much slower)
    }
    double best = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
      Thread[] ts = new Thread[threads];
      float[] sink = new float[threads];
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int id = t;
        ts[t] = new Thread(() -> sink[id] = chains(rounds));
        ts[t].start();
      }
      for (Thread t : ts) {
        t.join();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double flops = 2.0 * s.length() * CHAINS * rounds * threads;
      best = Math.max(best, flops / seconds / 1e9);
    }
    return best;
  }

  private static float chains(long rounds) {
    VectorSpecies<Float> s = SPECIES;
    FloatVector a = FloatVector.broadcast(s, 1.0000001f);
    FloatVector b = FloatVector.broadcast(s, 0.9999999f);
    FloatVector c0 = FloatVector.zero(s);
    FloatVector c1 = FloatVector.zero(s);
    FloatVector c2 = FloatVector.zero(s);
    FloatVector c3 = FloatVector.zero(s);
    FloatVector c4 = FloatVector.zero(s);
    FloatVector c5 = FloatVector.zero(s);
    FloatVector c6 = FloatVector.zero(s);
    FloatVector c7 = FloatVector.zero(s);
    for (long i = 0; i < rounds; i++) {
      c0 = a.fma(b, c0);
      c1 = a.fma(b, c1);
      c2 = a.fma(b, c2);
      c3 = a.fma(b, c3);
      c4 = a.fma(b, c4);
      c5 = a.fma(b, c5);
      c6 = a.fma(b, c6);
      c7 = a.fma(b, c7);
    }
    return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).reduceLanes(VectorOperators.ADD);
  }
}
