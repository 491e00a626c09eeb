package dev.strata.examples.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link KernelBenchmarks} and prints each figure with its ratio against the baselines of
 * the same run, plus the machine's f32 FMA peak measured here with the Vector API on all cores.
 * An optional argument is a regular expression selecting benchmarks.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /** Entry point. */
  public static void main(String[] args) throws RunnerException, InterruptedException {
    String include = args.length > 0 ? args[0]
        : KernelBenchmarks.class.getSimpleName() + "|" + DeviceBenchmarks.class.getSimpleName();
    Collection<RunResult> results = new Runner(new OptionsBuilder().include(include).build()).run();
    Map<String, Double> ms = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      ms.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    double peak = dev.strata.backend.cpu.FmaPeak.gflops();
    System.out.println();
    System.out.println("| benchmark | ms | ratio |");
    System.out.println("| --- | --- | --- |");
    double geluBytes = 2.0 * 4 * (16 << 20);
    row(ms, "geluStrata", "GELU 16M f32, fraction of copy bandwidth", ms.get("geluCopy"), true);
    row(ms, "geluStrata", "GELU 16M f32, speed-up over the scalar loop", ms.get("geluScalarLoop"), false);
    row(ms, "geluStrata", "GELU 16M f32, speed-up over eager", ms.get("geluEager"), false);
    row(ms, "softmaxStrata", "softmax 4096x1024 f32, fraction of copy bandwidth", ms.get("softmaxCopy"), true);
    row(ms, "matmulStrata", "matmul 1024^3 f32, speed-up over EJML", ms.get("matmulEjml"), false);
    row(ms, "matmulStrata", "matmul 1024^3 f32, speed-up over EJML MT", ms.get("matmulEjmlMt"), false);
    if (ms.containsKey("matmulStrata")) {
      double gflops = 2.0 * 1024 * 1024 * 1024 / (ms.get("matmulStrata") * 1e6);
      System.out.printf(Locale.ROOT, "| matmul 1024^3 f32, fraction of FMA peak (%.1f GFLOP/s of %.1f) | | %.2f |%n",
          gflops, peak, gflops / peak);
    }
    if (ms.containsKey("geluCopy")) {
      System.out.printf(Locale.ROOT, "| copy bandwidth (read + write) | | %.1f GB/s |%n",
          geluBytes / (ms.get("geluCopy") * 1e6));
    }
    deviceTable(ms);
  }

  /** OpenCL against the CPU back end, same kernels, same run (speed-ups over the CPU). */
  private static void deviceTable(Map<String, Double> ms) {
    System.out.println();
    System.out.println("| kernel | CPU ms | OpenCL ms, host in and out | speed-up | OpenCL ms, input on device | speed-up |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    String[][] kernels = {{"softmax", "softmax 4096x1024 f32"}, {"layernorm", "layernorm 4096x1024 f32"},
        {"gelu", "GELU 16M f32"}, {"matmul", "matmul 1024^3 f32"}};
    for (String[] k : kernels) {
      Double cpu = ms.get(k[0] + "Cpu");
      Double cl = ms.get(k[0] + "OpenCl");
      Double resident = ms.get(k[0] + "OpenClResident");
      if (cpu != null && cl != null && resident != null) {
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2fx | %.3f | %.2fx |%n", k[1], cpu, cl, cpu / cl,
            resident, cpu / resident);
      }
    }
  }

  private static void row(Map<String, Double> ms, String subject, String label, Double baseline, boolean fraction) {
    Double t = ms.get(subject);
    if (t == null || baseline == null) {
      return;
    }
    System.out.printf(Locale.ROOT, "| %s | %.3f | %.2fx |%n", label, t, baseline / t);
  }
}
