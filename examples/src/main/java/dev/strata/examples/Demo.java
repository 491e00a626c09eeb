package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.runtime.Devices;
import dev.strata.runtime.device.Explain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs each example kernel compiled and eagerly on the same random inputs, and prints whether the
 * results agree and how the times compare (median of several runs after warm-up, same process,
 * results read back to the host), then where each group of each kernel ran and why.
 */
public final class Demo {
  private static final List<String> PLACEMENT = new ArrayList<>();

  private Demo() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.out.printf(Locale.ROOT, "%-10s %-22s %-8s %12s %12s %10s%n", "kernel", "shape", "check", "eager ms",
        "strata ms", "speed-up");
    Tensor x = Tensor.randn(1, DType.F32, 512, 1024);
    run("softmax", "[512, 1024]", () -> Nn.softmax(x), () -> NnKernels.softmax(x), 1e-5);
    Tensor gamma = Tensor.rand(2, DType.F32, 1024);
    Tensor beta = Tensor.rand(3, DType.F32, 1024);
    run("layernorm", "[512, 1024]", () -> Nn.layernorm(x, gamma, beta),
        () -> NnKernels.layernorm(x, gamma, beta), 1e-4);
    Tensor in = Tensor.randn(4, DType.F32, 64, 256);
    Tensor w1 = Tensor.randn(5, DType.F32, 256, 512).mul(0.05);
    Tensor b1 = Tensor.randn(6, DType.F32, 512);
    Tensor w2 = Tensor.randn(7, DType.F32, 512, 128).mul(0.05);
    run("geluMlp", "[64, 256]x[256, 512]", () -> Nn.geluMlp(in, w1, b1, w2),
        () -> NnKernels.geluMlp(in, w1, b1, w2), 1e-4);
    Tensor big = Tensor.randn(8, DType.F32, 1 << 20);
    Tensor other = Tensor.randn(9, DType.F32, 1 << 20);
    run("saxpy", "[1048576]", () -> Nn.saxpy(2.5f, big, other), () -> NnKernels.saxpy(2.5f, big, other), 1e-6);
    run("gelu", "[1048576]", () -> Nn.gelu(big), () -> NnKernels.gelu(big), 1e-5);
    Tensor q = Tensor.randn(10, DType.F32, 8, 128, 64);
    Tensor k = Tensor.randn(11, DType.F32, 8, 128, 64);
    Tensor v = Tensor.randn(12, DType.F32, 8, 128, 64);
    run("attention", "[8, 128, 64]", () -> Nn.attention(q, k, v, 0.125f),
        () -> NnKernels.attention(q, k, v, 0.125f), 1e-4);
    Tensor a = Tensor.randn(13, DType.F32, 256, 256);
    Tensor b = Tensor.randn(14, DType.F32, 256, 256);
    run("matmul", "[256, 256]^2", () -> Nn.matmul(a, b), () -> NnKernels.matmul(a, b), 1e-4);
    System.out.println();
    System.out.println("placement (strata.device=" + Devices.requested() + "):");
    PLACEMENT.forEach(line -> System.out.println("  " + line));
  }

  private static void run(String name, String shape, Supplier<Tensor> eager, Supplier<Tensor> compiled,
      double tolerance) {
    Tensor expected = eager.get();
    Explain.Plan<Tensor> plan = Explain.of(compiled);
    PLACEMENT.addAll(plan.lines());
    Tensor actual = plan.result();
    boolean ok = actual.allClose(expected, tolerance, tolerance);
    double eagerMs = medianMillis(eager, 3);
    double strataMs = medianMillis(compiled, 15);
    System.out.printf(Locale.ROOT, "%-10s %-22s %-8s %12.3f %12.3f %9.1fx%n", name, shape, ok ? "ok" : "MISMATCH",
        eagerMs, strataMs, eagerMs / strataMs);
  }

  private static double medianMillis(Supplier<Tensor> f, int runs) {
    for (int i = 0; i < 2; i++) {
      f.get().close();
    }
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      f.get().close(); // a result left on a device is read back and released: timed like a host one
      t[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(t);
    return t[runs / 2];
  }
}
