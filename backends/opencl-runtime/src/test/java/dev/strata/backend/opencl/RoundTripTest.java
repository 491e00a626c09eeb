package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceProgram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private static final int N = 1000;
  private static final long LOCAL = 8;

  private static OpenClDevice device;
  private static DeviceProgram axpy;

  @BeforeAll
  static void build() throws DeviceException {
    device = RequiredDevice.get();
    axpy = device.build(TestKernels.AXPY, "");
  }

  @Test
  void floatAxpy() throws DeviceException {
    float[] x = new float[N];
    float[] expected = new float[N];
    for (int i = 0; i < N; i++) {
      x[i] = i - 500;
      expected[i] = 3f * x[i] + 0.5f; // exact in float, fused or not
    }
    float[] y = new float[N];
    run("axpy_f", x, y, (long) N * Float.BYTES, 3f, 0.5f);
    assertArrayEquals(expected, y);
  }

  @Test
  void intAxpy() throws DeviceException {
    int[] x = new int[N];
    int[] expected = new int[N];
    for (int i = 0; i < N; i++) {
      x[i] = i * 7919 - 3_000_000;
      expected[i] = -17 * x[i] + 42;
    }
    int[] y = new int[N];
    run("axpy_i", x, y, (long) N * Integer.BYTES, -17, 42);
    assertArrayEquals(expected, y);
  }

  @Test
  void intAxpyWithLongScalars() throws DeviceException {
    int[] x = new int[N];
    int[] expected = new int[N];
    for (int i = 0; i < N; i++) {
      x[i] = i;
      expected[i] = (int) (5_000_000_000L * i + 7L);
    }
    int[] y = new int[N];
    run("axpy_l", x, y, (long) N * Integer.BYTES, 5_000_000_000L, 7L);
    assertArrayEquals(expected, y);
  }

  @Test
  void byteAxpyWrapsLikeJava() throws DeviceException {
    byte[] x = new byte[N];
    byte[] expected = new byte[N];
    for (int i = 0; i < N; i++) {
      x[i] = (byte) i;
      expected[i] = (byte) (3 * x[i] - 1);
    }
    byte[] y = new byte[N];
    run("axpy_c", x, y, N, 3, -1);
    assertArrayEquals(expected, y);
  }

  @Test
  void shortAxpy() throws DeviceException {
    short[] x = new short[N];
    short[] expected = new short[N];
    for (int i = 0; i < N; i++) {
      x[i] = (short) (i * 31 - 15000);
      expected[i] = (short) (2 * x[i] + 9);
    }
    short[] y = new short[N];
    run("axpy_s", x, y, (long) N * Short.BYTES, 2, 9);
    assertArrayEquals(expected, y);
  }

  @Test
  void doubleAxpyWhenTheDeviceHasFp64() throws DeviceException {
    assumeTrue(device.info().fp64(), "no cl_khr_fp64 on " + device.info().name());
    DeviceProgram program = device.build(TestKernels.AXPY_F64, "");
    double[] x = new double[N];
    double[] expected = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = i * 0.25 - 100;
      expected[i] = -2.0 * x[i] + 1e10;
    }
    double[] y = new double[N];
    try (DeviceBuffer dx = device.allocate((long) N * Double.BYTES);
        DeviceBuffer dy = device.allocate((long) N * Double.BYTES)) {
      device.upload(x, dx);
      device.launch(program, "axpy_d", new Object[] {dx, dy, -2.0, 1e10, N},
          new long[] {TestKernels.roundUp(N, LOCAL)}, new long[] {LOCAL});
      device.download(dy, y);
    }
    assertArrayEquals(expected, y);
  }

  @Test
  void twoDimensionalLaunch() throws DeviceException {
    DeviceProgram program = device.build(TestKernels.INDEX_2D, "");
    int width = 16;
    int height = 6;
    int[] y = new int[width * height];
    try (DeviceBuffer dy = device.allocate((long) y.length * Integer.BYTES)) {
      device.launch(program, "index2d", new Object[] {dy}, new long[] {width, height},
          new long[] {4, 2});
      device.download(dy, y);
    }
    for (int j = 0; j < height; j++) {
      for (int i = 0; i < width; i++) {
        assertEquals(1000 * j + i, y[j * width + i], "at " + i + "," + j);
      }
    }
  }

  @Test
  void programListsItsKernels() {
    assertEquals(java.util.Set.of("axpy_f", "axpy_i", "axpy_c", "axpy_s", "axpy_l"),
        axpy.kernels());
  }

  @Test
  void uploadIntoALargerBufferFillsItsStart() throws DeviceException {
    int[] head = {1, 2, 3};
    int[] back = new int[3];
    try (DeviceBuffer buffer = device.allocate(64)) {
      device.upload(head, buffer);
      device.download(buffer, back);
    }
    assertArrayEquals(head, back);
  }

  private static void run(String kernel, Object x, Object y, long bytes, Object a, Object b)
      throws DeviceException {
    try (DeviceBuffer dx = device.allocate(bytes); DeviceBuffer dy = device.allocate(bytes)) {
      device.upload(x, dx);
      device.launch(axpy, kernel, new Object[] {dx, dy, a, b, N},
          new long[] {TestKernels.roundUp(N, LOCAL)}, new long[] {LOCAL});
      device.download(dy, y);
    }
  }
}
