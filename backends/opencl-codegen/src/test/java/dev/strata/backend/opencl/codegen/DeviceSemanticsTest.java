package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.strata.device.Device;
import dev.strata.internal.HalfFloats;
import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Java's corner cases on an OpenCL device: wrapping and saturating integer casts, byte
 * arithmetic, NaN and signed zeros in max/min, and F16/BF16 rounding, all compared bit for bit
 * with the eager reference. Skipped without a device (a failure on CI).
 */
class DeviceSemanticsTest {
  private Device device;
  private final Random random = new Random(7);

  @BeforeEach
  void findDevice() {
    device = RequiredDevice.get();
  }

  @Test
  void castChainSaturatesAndWrapsLikeJava() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%x: tensor<f32[N]>, %k: tensor<i32[N]>):
            %sq = tensor.mul(%x, %x) : tensor<f32[N]>
            %i = tensor.cast(%sq) {dtype = "i32"} : tensor<i32[N]>
            %s = tensor.add(%i, %k) : tensor<i32[N]>
            %b = tensor.cast(%s) {dtype = "bf16"} : tensor<bf16[N]>
            %f = tensor.cast(%s) {dtype = "f32"} : tensor<f32[N]>
            %t = tensor.tanh(%f) : tensor<f32[N]>
            func.return(%s, %b, %t)
          }) {sym_name = "chain", result_types = [type(tensor<i32[N]>), type(tensor<bf16[N]>),
              type(tensor<f32[N]>)]}
        })
        """);
    float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e20f, 46341f,
        -46341f, 46340.5f, 3.7f, -3.7f, 0.5f, -0.0f, 1e-30f};
    int n = 1000;
    float[] x = new float[n];
    int[] k = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i < specials.length
          ? specials[i] : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(6)));
      k[i] = i % 3 == 0 ? Integer.MAX_VALUE - i : random.nextInt();
    }
    List<Object> out = DeviceRun.run(device, module, "chain", Map.of("N", (long) n), x, k);
    int[] sum = new int[n];
    short[] bf16 = new short[n];
    float[] tanh = new float[n];
    for (int i = 0; i < n; i++) {
      sum[i] = (int) (x[i] * x[i]) + k[i];
      bf16[i] = HalfFloats.doubleToBf16(sum[i]);
      tanh[i] = (float) Math.tanh((double) (float) sum[i]);
    }
    assertArrayEquals(sum, (int[]) out.get(0), "(int) (x * x) + k");
    Expect.sameHalfBits("bf16 of the sum", true, null, bf16, (short[]) out.get(1));
    Expect.close("tanh of the sum", tanh, (float[]) out.get(2), Expect.F32);
  }

  /**
   * F64, I32 and I64 values convert to F16 and BF16 with one rounding, as the reference does:
   * values just past a half-way point between two halves, which the nearest float would turn
   * into an exact tie rounding the other way.
   */
  @Test
  void wideValuesRoundToHalvesOnce() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%d: tensor<f64[N]>, %k: tensor<i32[N]>):
            %dh = tensor.cast(%d) {dtype = "f16"} : tensor<f16[N]>
            %db = tensor.cast(%d) {dtype = "bf16"} : tensor<bf16[N]>
            %kb = tensor.cast(%k) {dtype = "bf16"} : tensor<bf16[N]>
            %kh = tensor.cast(%k) {dtype = "f16"} : tensor<f16[N]>
            func.return(%dh, %db, %kb, %kh)
          }) {sym_name = "halves", result_types = [type(tensor<f16[N]>), type(tensor<bf16[N]>),
              type(tensor<bf16[N]>), type(tensor<f16[N]>)]}
        })
        """);
    int n = 4000;
    double[] d = new double[n];
    int[] k = new int[n];
    for (int i = 0; i < n; i++) {
      // Half-way points of f16 (11 bits) and bf16 (8 bits), nudged below the float grid.
      double base = (1 + random.nextInt(1 << 12)) * Math.scalb(1.0, random.nextInt(20) - 14);
      int bits = i % 2 == 0 ? 11 : 8;
      double half = Math.scalb(Math.ulp(Math.scalb(1.0, Math.getExponent(base))), 52 - bits);
      double nudge = Math.scalb(half, -30) * (i % 4 < 2 ? 1 : -1);
      d[i] = i < 3 ? new double[] {1e300, Double.NaN, -0.0}[i] : base + half + nudge;
      int top = 1 << (25 + random.nextInt(5));
      k[i] = (top + (top >> bits) * (1 + 2 * random.nextInt(4))) + (i % 3) - 1;
      k[i] = i % 5 == 0 ? -k[i] : k[i];
    }
    List<Object> out = DeviceRun.run(device, module, "halves", Map.of("N", (long) n), d, k);
    short[] dh = new short[n];
    short[] db = new short[n];
    short[] kb = new short[n];
    short[] kh = new short[n];
    for (int i = 0; i < n; i++) {
      dh[i] = HalfFloats.doubleToF16(d[i]);
      db[i] = HalfFloats.doubleToBf16(d[i]);
      kb[i] = HalfFloats.doubleToBf16(k[i]);
      kh[i] = HalfFloats.doubleToF16(k[i]);
    }
    Expect.sameHalfBits("f64 to f16", false, null, dh, (short[]) out.get(0));
    Expect.sameHalfBits("f64 to bf16", true, null, db, (short[]) out.get(1));
    Expect.sameHalfBits("i32 to bf16", true, null, kb, (short[]) out.get(2));
    Expect.sameHalfBits("i32 to f16", false, null, kh, (short[]) out.get(3));
  }

  @Test
  void byteArithmeticWrapsLikeJava() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%a: tensor<i8[N]>, %b: tensor<i8[N]>, %x: tensor<f32[N]>):
            %p = tensor.add(%a, %b) : tensor<i8[N]>
            %q = tensor.mul(%a, %b) : tensor<i8[N]>
            %n = tensor.neg(%a) : tensor<i8[N]>
            %m = tensor.abs(%a) : tensor<i8[N]>
            %c = tensor.cast(%x) {dtype = "i8"} : tensor<i8[N]>
            func.return(%p, %q, %n, %m, %c)
          }) {sym_name = "bytes", result_types = [type(tensor<i8[N]>), type(tensor<i8[N]>),
              type(tensor<i8[N]>), type(tensor<i8[N]>), type(tensor<i8[N]>)]}
        })
        """);
    int n = 700;
    byte[] a = new byte[n];
    byte[] b = new byte[n];
    float[] x = new float[n];
    random.nextBytes(a);
    random.nextBytes(b);
    a[0] = Byte.MIN_VALUE;
    b[0] = Byte.MIN_VALUE;
    a[1] = Byte.MAX_VALUE;
    b[1] = 1;
    float[] specials = {300.7f, -300.7f, 1e10f, -1e10f, Float.NaN, 127.9f, -128.9f, 255f, 256f};
    for (int i = 0; i < n; i++) {
      x[i] = i < specials.length ? specials[i] : (float) (random.nextGaussian() * 1000);
    }
    List<Object> out = DeviceRun.run(device, module, "bytes", Map.of("N", (long) n), a, b, x);
    byte[] sum = new byte[n];
    byte[] product = new byte[n];
    byte[] negated = new byte[n];
    byte[] absolute = new byte[n];
    byte[] cast = new byte[n];
    for (int i = 0; i < n; i++) {
      sum[i] = (byte) (a[i] + b[i]);
      product[i] = (byte) (a[i] * b[i]);
      negated[i] = (byte) -a[i];
      absolute[i] = (byte) Math.abs(a[i]);
      cast[i] = (byte) (int) x[i];
    }
    assertArrayEquals(sum, (byte[]) out.get(0), "a + b");
    assertArrayEquals(product, (byte[]) out.get(1), "a * b");
    assertArrayEquals(negated, (byte[]) out.get(2), "-a");
    assertArrayEquals(absolute, (byte[]) out.get(3), "abs(a)");
    assertArrayEquals(cast, (byte[]) out.get(4), "(byte) (int) x");
  }

  @Test
  void maxAndMinPropagateNaNAndOrderSignedZeros() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%x: tensor<f32[N, D]>, %y: tensor<f32[N, D]>):
            %mx = tensor.maximum(%x, %y) : tensor<f32[N, D]>
            %mn = tensor.minimum(%x, %y) : tensor<f32[N, D]>
            %r = tensor.relu(%x) : tensor<f32[N, D]>
            %rmax = tensor.max(%x) {axes = [1], keep_dim = false} : tensor<f32[N]>
            %rmin = tensor.min(%x) {axes = [1], keep_dim = false} : tensor<f32[N]>
            func.return(%mx, %mn, %r, %rmax, %rmin)
          }) {sym_name = "extrema", result_types = [type(tensor<f32[N, D]>),
              type(tensor<f32[N, D]>), type(tensor<f32[N, D]>), type(tensor<f32[N]>),
              type(tensor<f32[N]>)]}
        })
        """);
    int n = 4;
    int d = 300;
    float[] x = new float[n * d];
    float[] y = new float[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextGaussian();
      y[i] = (float) random.nextGaussian();
    }
    float[][] pairs = {{Float.NaN, 1}, {1, Float.NaN}, {-0.0f, 0.0f}, {0.0f, -0.0f},
        {Float.NEGATIVE_INFINITY, Float.NaN}, {-0.0f, -0.0f}, {Float.NaN, Float.NaN}};
    for (int i = 0; i < pairs.length; i++) {
      x[i] = pairs[i][0];
      y[i] = pairs[i][1];
    }
    x[d + 123] = Float.NaN; // a NaN inside row 1, after the first tile of threads
    for (int j = 0; j < d; j++) {
      x[2 * d + j] = j % 2 == 0 ? -0.0f : 0.0f; // row 2: only zeros of both signs
      x[3 * d + j] = -0.0f; // row 3: only negative zeros
    }
    Map<String, Long> dims = Map.of("N", (long) n, "D", (long) d);
    List<Object> out = DeviceRun.run(device, module, "extrema", dims, x, y);
    float[] max = new float[x.length];
    float[] min = new float[x.length];
    float[] relu = new float[x.length];
    float[] rowMax = new float[n];
    float[] rowMin = new float[n];
    java.util.Arrays.fill(rowMax, Float.NEGATIVE_INFINITY);
    java.util.Arrays.fill(rowMin, Float.POSITIVE_INFINITY);
    for (int i = 0; i < x.length; i++) {
      max[i] = Math.max(x[i], y[i]);
      min[i] = Math.min(x[i], y[i]);
      relu[i] = (float) Math.max((double) x[i], 0.0);
      rowMax[i / d] = Math.max(rowMax[i / d], x[i]);
      rowMin[i / d] = Math.min(rowMin[i / d], x[i]);
    }
    Expect.sameBits("maximum", x, max, (float[]) out.get(0));
    Expect.sameBits("minimum", x, min, (float[]) out.get(1));
    Expect.sameBits("relu", x, relu, (float[]) out.get(2));
    Expect.sameBits("row max", null, rowMax, (float[]) out.get(3));
    Expect.sameBits("row min", null, rowMin, (float[]) out.get(4));
  }

  @Test
  void halfFloatsRoundTripBitForBit() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%x: tensor<f32[N]>):
            %h = tensor.cast(%x) {dtype = "f16"} : tensor<f16[N]>
            %hf = tensor.cast(%h) {dtype = "f32"} : tensor<f32[N]>
            %b = tensor.cast(%x) {dtype = "bf16"} : tensor<bf16[N]>
            %bf = tensor.cast(%b) {dtype = "f32"} : tensor<f32[N]>
            func.return(%h, %hf, %b, %bf)
          }) {sym_name = "halves", result_types = [type(tensor<f16[N]>), type(tensor<f32[N]>),
              type(tensor<bf16[N]>), type(tensor<f32[N]>)]}
        })
        """);
    float[] x = HalfFloatInputs.floats(random, 30_000);
    List<Object> out = DeviceRun.run(device, module, "halves", Map.of("N", (long) x.length), x);
    short[] f16 = new short[x.length];
    float[] viaF16 = new float[x.length];
    short[] bf16 = new short[x.length];
    float[] viaBf16 = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f16[i] = Float.floatToFloat16(x[i]);
      viaF16[i] = Float.float16ToFloat(f16[i]);
      bf16[i] = HalfFloats.floatToBf16(x[i]);
      viaBf16[i] = HalfFloats.bf16ToFloat(bf16[i]);
    }
    Expect.sameHalfBits("f16 store", false, x, f16, (short[]) out.get(0));
    Expect.sameBits("f32 through f16", x, viaF16, (float[]) out.get(1));
    Expect.sameHalfBits("bf16 store", true, x, bf16, (short[]) out.get(2));
    Expect.sameBits("f32 through bf16", x, viaBf16, (float[]) out.get(3));
  }

  @Test
  void everyHalfPatternLoadsAndConvertsToBf16() throws Exception {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%h: tensor<f16[N]>, %g: tensor<bf16[N]>):
            %hb = tensor.cast(%h) {dtype = "bf16"} : tensor<bf16[N]>
            %gf = tensor.cast(%g) {dtype = "f32"} : tensor<f32[N]>
            %gh = tensor.cast(%g) {dtype = "f16"} : tensor<f16[N]>
            func.return(%hb, %gf, %gh)
          }) {sym_name = "patterns", result_types = [type(tensor<bf16[N]>), type(tensor<f32[N]>),
              type(tensor<f16[N]>)]}
        })
        """);
    int n = 1 << 16;
    short[] bits = new short[n];
    float[] asF16 = new float[n];
    float[] asBf16 = new float[n];
    for (int i = 0; i < n; i++) {
      bits[i] = (short) i;
      asF16[i] = Float.float16ToFloat(bits[i]);
      asBf16[i] = HalfFloats.bf16ToFloat(bits[i]);
    }
    List<Object> out = DeviceRun.run(device, module, "patterns", Map.of("N", (long) n), bits, bits);
    short[] f16ToBf16 = new short[n];
    short[] bf16ToF16 = new short[n];
    for (int i = 0; i < n; i++) {
      f16ToBf16[i] = HalfFloats.floatToBf16(asF16[i]);
      bf16ToF16[i] = Float.floatToFloat16(asBf16[i]);
    }
    Expect.sameHalfBits("f16 -> bf16", true, asF16, f16ToBf16, (short[]) out.get(0));
    Expect.sameBits("bf16 -> f32", asBf16, asBf16, (float[]) out.get(1));
    Expect.sameHalfBits("bf16 -> f16", false, asBf16, bf16ToF16, (short[]) out.get(2));
  }
}
