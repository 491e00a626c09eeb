package dev.strata.examples.bench;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.examples.NnKernels;
import dev.strata.runtime.device.DeviceMemory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The examples' kernels on the OpenCL back end against the CPU back end, in one JMH run: each
 * {@code *Cpu} benchmark forks a JVM with {@code -Dstrata.device=cpu}, each {@code *OpenCl} one
 * with {@code -Dstrata.device=opencl} (the same generated code, placed differently). Every call
 * returns its result to the host ({@link Tensor#close()} downloads a device result), so the OpenCL
 * figures include the transfers a Java caller pays; the {@code *OpenClResident} variants read an
 * input uploaded once with {@link DeviceMemory#upload}, as a chain of kernels would.
 * {@link BenchmarkMain} prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeviceBenchmarks {
  private static final String VECTOR = "--add-modules=jdk.incubator.vector";
  private static final String NATIVE = "--enable-native-access=ALL-UNNAMED";

  /** Inputs of every kernel, and their device copies where a device is in use. */
  @State(Scope.Benchmark)
  public static class Inputs {
    Tensor rows;
    Tensor gamma;
    Tensor beta;
    Tensor vector;
    Tensor a;
    Tensor b;
    Tensor rowsOnDevice;
    Tensor vectorOnDevice;
    Tensor aOnDevice;
    Tensor bOnDevice;

    @Setup(Level.Trial)
    public void setUp() {
      rows = Tensor.randn(1, DType.F32, 4096, 1024);
      gamma = Tensor.randn(2, DType.F32, 1024);
      beta = Tensor.randn(3, DType.F32, 1024);
      vector = Tensor.randn(4, DType.F32, 16L << 20);
      a = Tensor.randn(5, DType.F32, 1024, 1024);
      b = Tensor.randn(6, DType.F32, 1024, 1024);
      rowsOnDevice = DeviceMemory.upload(rows);
      vectorOnDevice = DeviceMemory.upload(vector);
      aOnDevice = DeviceMemory.upload(a);
      bOnDevice = DeviceMemory.upload(b);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      rowsOnDevice.close();
      vectorOnDevice.close();
      aOnDevice.close();
      bOnDevice.close();
    }
  }

  private static Tensor toHost(Tensor t) {
    t.close();
    return t;
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=cpu"})
  public Tensor softmaxCpu(Inputs s) {
    return toHost(NnKernels.softmax(s.rows));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor softmaxOpenCl(Inputs s) {
    return toHost(NnKernels.softmax(s.rows));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor softmaxOpenClResident(Inputs s) {
    return toHost(NnKernels.softmax(s.rowsOnDevice));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=cpu"})
  public Tensor layernormCpu(Inputs s) {
    return toHost(NnKernels.layernorm(s.rows, s.gamma, s.beta));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor layernormOpenCl(Inputs s) {
    return toHost(NnKernels.layernorm(s.rows, s.gamma, s.beta));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor layernormOpenClResident(Inputs s) {
    return toHost(NnKernels.layernorm(s.rowsOnDevice, s.gamma, s.beta));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=cpu"})
  public Tensor geluCpu(Inputs s) {
    return toHost(NnKernels.gelu(s.vector));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor geluOpenCl(Inputs s) {
    return toHost(NnKernels.gelu(s.vector));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor geluOpenClResident(Inputs s) {
    return toHost(NnKernels.gelu(s.vectorOnDevice));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=cpu"})
  public Tensor matmulCpu(Inputs s) {
    return toHost(NnKernels.matmul(s.a, s.b));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor matmulOpenCl(Inputs s) {
    return toHost(NnKernels.matmul(s.a, s.b));
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {VECTOR, NATIVE, "-Xmx8g", "-Dstrata.device=opencl"})
  public Tensor matmulOpenClResident(Inputs s) {
    return toHost(NnKernels.matmul(s.aOnDevice, s.bOnDevice));
  }
}
