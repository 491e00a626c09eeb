package dev.strata.backend.opencl;

/** OpenCL C sources the tests build. */
final class TestKernels {
  private TestKernels() {}

  /** {@code y = a * x + b} over float, int, char and short, plus an int one with long scalars. */
  static final String AXPY = """
      __kernel void axpy_f(__global const float* x, __global float* y, float a, float b, int n) {
        int i = get_global_id(0);
        if (i < n) y[i] = a * x[i] + b;
      }
      __kernel void axpy_i(__global const int* x, __global int* y, int a, int b, int n) {
        int i = get_global_id(0);
        if (i < n) y[i] = a * x[i] + b;
      }
      __kernel void axpy_c(__global const char* x, __global char* y, int a, int b, int n) {
        int i = get_global_id(0);
        if (i < n) y[i] = (char) (a * x[i] + b);
      }
      __kernel void axpy_s(__global const short* x, __global short* y, int a, int b, int n) {
        int i = get_global_id(0);
        if (i < n) y[i] = (short) (a * x[i] + b);
      }
      __kernel void axpy_l(__global const int* x, __global int* y, long a, long b, int n) {
        int i = get_global_id(0);
        if (i < n) y[i] = (int) (a * x[i] + b);
      }
      """;

  /** {@code y = a * x + b} over double; needs {@code cl_khr_fp64}. */
  static final String AXPY_F64 = """
      #pragma OPENCL EXTENSION cl_khr_fp64 : enable
      __kernel void axpy_d(__global const double* x, __global double* y, double a, double b,
          int n) {
        int i = get_global_id(0);
        if (i < n) y[i] = a * x[i] + b;
      }
      """;

  /** Writes each work-item's 2-D index, {@code y[j][i] = 1000 * j + i}. */
  static final String INDEX_2D = """
      __kernel void index2d(__global int* y) {
        int i = get_global_id(0);
        int j = get_global_id(1);
        y[j * get_global_size(0) + i] = 1000 * j + i;
      }
      """;

  /** Rounds {@code n} up to a multiple of {@code local}. */
  static long roundUp(long n, long local) {
    return (n + local - 1) / local * local;
  }
}
