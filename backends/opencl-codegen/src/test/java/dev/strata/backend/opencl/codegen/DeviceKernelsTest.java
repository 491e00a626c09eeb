package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceProgram;
import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the golden kernels on an OpenCL device with random shapes and values and compares them
 * with the eager reference computed here in Java. Skipped without a device (a failure on CI).
 */
class DeviceKernelsTest {
  private Device device;
  private final Random random = new Random(42);

  @BeforeEach
  void findDevice() {
    device = RequiredDevice.get();
  }

  @Test
  void softmaxRowsMatchTheReference() throws Exception {
    ModuleOp module = Pipelines.fromTensors(GoldenKernelsTest.resource("/kernels/softmax.mlir"));
    for (int[] shape : new int[][] {{3, 1000}, {5, 7}, {2, 256}, {1, 257}}) {
      int n = shape[0];
      int d = shape[1];
      float[] x = randomFloats(n * d, 8);
      Map<String, Long> dims = Map.of("N", (long) n, "D", (long) d);
      float[] y = (float[]) run(module, "softmax", dims, x).getFirst();
      Expect.close("softmax " + n + "x" + d, softmax(x, n, d), y, Expect.F32);
    }
  }

  @Test
  void layerNormRowsMatchTheReference() throws Exception {
    ModuleOp module = Pipelines.fromTensors(GoldenKernelsTest.resource("/kernels/layernorm.mlir"));
    int n = 4;
    int d = 600;
    float[] x = randomFloats(n * d, 3);
    float[] gamma = randomFloats(d, 2);
    float[] beta = randomFloats(d, 1);
    Map<String, Long> dims = Map.of("N", (long) n, "D", (long) d);
    float[] y = (float[]) run(module, "layernorm", dims, x, gamma, beta).getFirst();
    float[] expected = new float[n * d];
    for (int r = 0; r < n; r++) {
      float sum = 0;
      for (int j = 0; j < d; j++) {
        sum += x[r * d + j];
      }
      float mean = sum / (float) d;
      float squares = 0;
      for (int j = 0; j < d; j++) {
        float c = x[r * d + j] - mean;
        squares += c * c;
      }
      float inv = (float) (1.0 / Math.sqrt((double) (squares / (float) d + 1e-5f)));
      for (int j = 0; j < d; j++) {
        expected[r * d + j] = (x[r * d + j] - mean) * inv * gamma[j] + beta[j];
      }
    }
    Expect.close("layernorm", expected, y, Expect.F32);
  }

  @Test
  void geluMatchesTheReference() throws Exception {
    ModuleOp module = Pipelines.fromTensors(GoldenKernelsTest.resource("/kernels/gelu.mlir"));
    float[] x = randomFloats(20_000, 6);
    x[0] = Float.NaN;
    x[1] = Float.POSITIVE_INFINITY;
    x[2] = -0.0f;
    x[3] = 1e30f;
    float[] y = (float[]) run(module, "gelu", Map.of("N", (long) x.length), x).getFirst();
    float[] expected = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      double inner = Math.sqrt(2.0 / Math.PI) * (v + 0.044715 * v * v * v);
      expected[i] = (float) (0.5 * v * (1.0 + Math.tanh(inner)));
    }
    Expect.close("gelu", expected, y, Expect.F32);
  }

  @Test
  void doubleChainMatchesTheReference() throws Exception {
    Assumptions.assumeTrue(device.info().fp64(), () -> device.info().name() + " has no fp64");
    ModuleOp module = Pipelines.fromTensors(GoldenKernelsTest.resource("/kernels/f64_chain.mlir"));
    int n = 3000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextGaussian() * 3;
      y[i] = random.nextGaussian();
    }
    x[0] = Double.NaN;
    y[1] = Double.NaN;
    x[2] = -0.0;
    y[2] = 0.0;
    y[3] = Double.POSITIVE_INFINITY;
    x[3] = -1;
    float[] out = (float[]) run(module, "f64_chain", Map.of("N", (long) n), x, y).getFirst();
    float[] expected = new float[n];
    for (int i = 0; i < n; i++) {
      expected[i] = (float) Math.pow(Math.exp(Math.max(x[i], y[i])), y[i]);
    }
    Expect.close("f64 chain", expected, out, 1e-6);
  }

  @Test
  void comparisonsAndSelectsMatchJava() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%x: tensor<f32[N]>, %y: tensor<f32[N]>):
            %c = tensor.lt(%x, %y) : tensor<bool[N]>
            %e = tensor.ne(%x, %y) : tensor<bool[N]>
            %w = tensor.where(%c, %x, %y) : tensor<f32[N]>
            func.return(%c, %e, %w)
          }) {sym_name = "select", result_types = [type(tensor<bool[N]>), type(tensor<bool[N]>),
              type(tensor<f32[N]>)]}
        })
        """);
    float[] x = {1, Float.NaN, 2, -0.0f, 5, 0};
    float[] y = {2, 1, Float.NaN, 0.0f, 5, -1};
    List<Object> out = run(module, "select", Map.of("N", (long) x.length), x, y);
    byte[] lt = new byte[x.length];
    byte[] ne = new byte[x.length];
    float[] where = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      lt[i] = (byte) (x[i] < y[i] ? 1 : 0);
      ne[i] = (byte) (x[i] != y[i] ? 1 : 0);
      where[i] = x[i] < y[i] ? x[i] : y[i];
    }
    assertArrayEquals(lt, (byte[]) out.get(0), "lt");
    assertArrayEquals(ne, (byte[]) out.get(1), "ne");
    Expect.sameBits("where", x, where, (float[]) out.get(2));
  }

  @Test
  void integerRowSumsWrapLikeJava() throws Exception {
    ModuleOp module = Pipelines.fromTensors(KernelCatalog.rowReduction("sum", "i32"));
    int n = 3;
    int d = 1500;
    int[] x = new int[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextInt(); // the sums overflow many times
    }
    int[] sums = (int[]) run(module, "reduce", Map.of("N", (long) n, "D", (long) d), x).getFirst();
    int[] expected = new int[n];
    for (int i = 0; i < x.length; i++) {
      expected[i / d] += x[i];
    }
    assertArrayEquals(expected, sums);
    assertEquals(n, sums.length);
  }

  @Test
  void loopCarryingTwoValuesWrapsLikeJava() throws Exception {
    OpenClKernel k = OpenClEmitter.emit(Pipelines.parse(KernelCatalog.FIBONACCI)).getFirst();
    DeviceProgram program = device.build(k.source(), "");
    int[] result = new int[2];
    try (DeviceBuffer out = device.allocate(8)) {
      device.launch(program, k.name(), new Object[] {out, 50}, new long[] {256}, new long[] {256});
      device.download(out, result);
    }
    int a = 0;
    int b = 1;
    for (int i = 0; i < 50; i++) {
      int next = a + b; // passes Integer.MAX_VALUE and wraps
      a = b;
      b = next;
    }
    assertArrayEquals(new int[] {a, b}, result);
  }

  private List<Object> run(ModuleOp module, String function, Map<String, Long> symbols,
      Object... inputs) throws DeviceException {
    return DeviceRun.run(device, module, function, symbols, inputs);
  }

  private float[] randomFloats(int n, double scale) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (random.nextGaussian() * scale);
    }
    return x;
  }

  private static float[] softmax(float[] x, int n, int d) {
    float[] y = new float[n * d];
    for (int r = 0; r < n; r++) {
      float m = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < d; j++) {
        m = Math.max(m, x[r * d + j]);
      }
      float z = 0;
      for (int j = 0; j < d; j++) {
        y[r * d + j] = (float) Math.exp((double) (x[r * d + j] - m));
        z += y[r * d + j];
      }
      for (int j = 0; j < d; j++) {
        y[r * d + j] /= z;
      }
    }
    return y;
  }

}
