package dev.strata.examples.bench;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.examples.Nn;
import dev.strata.examples.NnKernels;
import dev.strata.internal.TensorData;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The benchmarks, each against baselines run in the same JMH run: GELU over 16M f32,
 * softmax 4096×1024, matmul 1024³; {@link BenchmarkMain} prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx8g"})
public class KernelBenchmarks {

  /** 16M floats for GELU. */
  @State(Scope.Benchmark)
  public static class Gelu {
    Tensor x;
    float[] data;

    @Setup
    public void setUp() {
      x = Tensor.randn(1, DType.F32, 16L << 20);
      data = TensorData.f32(x);
    }
  }

  /** A 4096×1024 f32 matrix for softmax. */
  @State(Scope.Benchmark)
  public static class Softmax {
    Tensor x;
    float[] data;

    @Setup
    public void setUp() {
      x = Tensor.randn(2, DType.F32, 4096, 1024);
      data = TensorData.f32(x);
    }
  }

  /** Two 1024×1024 f32 matrices, as tensors and as EJML matrices. */
  @State(Scope.Benchmark)
  public static class Matmul {
    Tensor a;
    Tensor b;
    FMatrixRMaj ea;
    FMatrixRMaj eb;
    FMatrixRMaj ec;

    @Setup
    public void setUp() {
      a = Tensor.randn(3, DType.F32, 1024, 1024);
      b = Tensor.randn(4, DType.F32, 1024, 1024);
      ea = new FMatrixRMaj(1024, 1024, true, TensorData.f32(a));
      eb = new FMatrixRMaj(1024, 1024, true, TensorData.f32(b));
      ec = new FMatrixRMaj(1024, 1024);
    }
  }

  @Benchmark
  public Tensor geluStrata(Gelu s) {
    return NnKernels.gelu(s.x);
  }

  @Benchmark
  public Tensor geluEager(Gelu s) {
    return Nn.gelu(s.x);
  }

  /** What a person writes by hand: one scalar loop, float in, float out. */
  @Benchmark
  public float[] geluScalarLoop(Gelu s) {
    float[] in = s.data;
    float[] out = new float[in.length];
    for (int i = 0; i < in.length; i++) {
      float x = in[i];
      out[i] = (float) (0.5 * x * (1 + Math.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x))));
    }
    return out;
  }

  /** The same bytes read and written, no arithmetic: the bandwidth bound. */
  @Benchmark
  public float[] geluCopy(Gelu s) {
    return Arrays.copyOf(s.data, s.data.length);
  }

  @Benchmark
  public Tensor softmaxStrata(Softmax s) {
    return NnKernels.softmax(s.x);
  }

  @Benchmark
  public float[] softmaxCopy(Softmax s) {
    return Arrays.copyOf(s.data, s.data.length);
  }

  @Benchmark
  public Tensor matmulStrata(Matmul s) {
    return NnKernels.matmul(s.a, s.b);
  }

  @Benchmark
  public FMatrixRMaj matmulEjml(Matmul s) {
    CommonOps_FDRM.mult(s.ea, s.eb, s.ec);
    return s.ec;
  }

  @Benchmark
  public FMatrixRMaj matmulEjmlMt(Matmul s) {
    CommonOps_MT_FDRM.mult(s.ea, s.eb, s.ec);
    return s.ec;
  }
}
