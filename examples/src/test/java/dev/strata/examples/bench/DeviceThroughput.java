package dev.strata.examples.bench;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.examples.NnKernels;
import dev.strata.runtime.device.DeviceMemory;
import dev.strata.runtime.device.Explain;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Device throughput of the examples' kernels with inputs and results kept on the device, the way
 * {@code torch_baselines.py} measures PyTorch: GB/s (bytes read and written) for softmax,
 * layernorm and GELU, TFLOP/s for SGEMM. Run it with {@code -Dstrata.device=opencl} on the machine
 * whose baselines it is compared with; each figure is the median over rounds of back-to-back
 * calls, each call synchronous (the run time waits for every launch). Results are dropped
 * unread and freed by the cleaner between rounds. An argument {@code small} shrinks every size by
 * 16x (to try it on a CPU device).
 */
public final class DeviceThroughput {
  private static final int ROUNDS = 7;
  private static final int CALLS = 20;

  private DeviceThroughput() {}

  /** Entry point. */
  public static void main(String[] args) {
    int shrink = args.length > 0 && args[0].equals("small") ? 16 : 1;
    int rows = 4096 / shrink;
    Tensor x = DeviceMemory.upload(Tensor.randn(1, DType.F32, rows, 8192));
    Tensor gamma = DeviceMemory.upload(Tensor.randn(2, DType.F32, 8192));
    Tensor beta = DeviceMemory.upload(Tensor.randn(3, DType.F32, 8192));
    Tensor v = DeviceMemory.upload(Tensor.randn(4, DType.F32, (16L << 20) / shrink));
    int n = 4096 / shrink;
    Tensor a = DeviceMemory.upload(Tensor.randn(5, DType.F32, n, n));
    Tensor b = DeviceMemory.upload(Tensor.randn(6, DType.F32, n, n));
    double matrixBytes = 2.0 * 4 * rows * 8192;
    System.out.println("| kernel | ms | figure |");
    System.out.println("| --- | --- | --- |");
    bandwidth("softmax " + rows + "x8192 f32", matrixBytes, () -> NnKernels.softmax(x));
    bandwidth("layernorm " + rows + "x8192 f32", matrixBytes, () -> NnKernels.layernorm(x, gamma, beta));
    bandwidth("gelu " + v.numel() + " f32", 2.0 * 4 * v.numel(), () -> NnKernels.gelu(v));
    double ms = median(() -> NnKernels.matmul(a, b));
    System.out.printf(Locale.ROOT, "| sgemm %d^3 f32 | %.3f | %.2f TFLOP/s |%n", n, ms, 2.0 * n * n * n / (ms * 1e9));
    System.out.println();
    System.out.println("placement:");
    for (Supplier<Tensor> call : java.util.List.<Supplier<Tensor>>of(() -> NnKernels.softmax(x),
        () -> NnKernels.layernorm(x, gamma, beta), () -> NnKernels.gelu(v), () -> NnKernels.matmul(a, b))) {
      Explain.of(call).lines().forEach(line -> System.out.println("  " + line));
    }
  }

  private static void bandwidth(String name, double bytes, Supplier<Tensor> call) {
    double ms = median(call);
    System.out.printf(Locale.ROOT, "| %s | %.3f | %.0f GB/s |%n", name, ms, bytes / (ms * 1e6));
  }

  /** The median over rounds of the mean time per call, in milliseconds, after a warm-up. */
  private static double median(Supplier<Tensor> call) {
    for (int i = 0; i < 5; i++) {
      call.get();
    }
    double[] perCall = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      System.gc(); // frees the dropped results' device memory through their cleaners
      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        call.get();
      }
      perCall[r] = (System.nanoTime() - start) / 1e6 / CALLS;
    }
    Arrays.sort(perCall);
    return perCall[ROUNDS / 2];
  }
}
