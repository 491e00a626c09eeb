package dev.strata.backend.cpu;

/**
 * Run by {@link ScalarFallbackTest} in a JVM without the Vector API (or with it switched off):
 * multiplies small matrices of every type through {@link Gemm} and exits with status 0 when the
 * results are right and the scalar path was taken, 1 otherwise.
 */
public final class ScalarFallbackProbe {
  private ScalarFallbackProbe() {}

  /**
   * Runs the probe.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int[] zero = {0};
    // [1 2 3; 4 5 6] x [1 0; 0 1; 1 1] = [4 5; 10 11]
    float[] c32 = new float[4];
    Gemm.f32(1, 2, 2, 3, new float[] {1, 2, 3, 4, 5, 6}, zero, 3, 1, new float[] {1, 0, 0, 1, 1, 1}, zero, 2, 1,
        c32, 0);
    double[] c64 = new double[4];
    Gemm.f64(1, 2, 2, 3, new double[] {1, 2, 3, 4, 5, 6}, zero, 3, 1, new double[] {1, 0, 0, 1, 1, 1}, zero, 2, 1,
        c64, 0);
    short[] c16 = new short[4];
    short[] a16 = new short[6];
    short[] b16 = new short[6];
    float[] av = {1, 2, 3, 4, 5, 6};
    float[] bv = {1, 0, 0, 1, 1, 1};
    for (int i = 0; i < 6; i++) {
      a16[i] = Float.floatToFloat16(av[i]);
      b16[i] = Float.floatToFloat16(bv[i]);
    }
    Gemm.f16(1, 2, 2, 3, a16, zero, 3, 1, b16, zero, 2, 1, c16, 0);
    float[] expected = {4, 5, 10, 11};
    boolean ok = !VectorSupport.available();
    for (int i = 0; i < 4; i++) {
      ok &= c32[i] == expected[i] && c64[i] == expected[i] && Float.float16ToFloat(c16[i]) == expected[i];
    }
    System.exit(ok ? 0 : 1);
  }
}
