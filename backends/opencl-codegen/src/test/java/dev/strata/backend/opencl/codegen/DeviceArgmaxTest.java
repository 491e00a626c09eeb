package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.device.Device;
import dev.strata.internal.TensorData;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.text.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code argmax} on an OpenCL device (one work-group per output, each thread scanning a strided
 * share, a (value, index) tree in local memory) against {@code Tensor.argmax}, exactly: rows
 * shorter than, as long as and longer than the 256-thread work-group, along the last and the
 * first axis, over values drawn from a few levels so that maxima tie, and over rows holding NaN,
 * infinities and only {@code -inf} (the first maximum wins, a NaN beats every number).
 */
class DeviceArgmaxTest {
  private Device device;

  @BeforeEach
  void findDevice() {
    device = RequiredDevice.get();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    long[][] sizes = {{1, 1}, {3, 7}, {2, 256}, {5, 257}, {4, 1000}, {1, 3000}};
    for (DType dtype : List.of(DType.F32, DType.F64, DType.F16, DType.BF16, DType.I32, DType.I8)) {
      for (long[] s : sizes) {
        for (int axis : new int[] {1, 0}) {
          out.add(Arguments.of(dtype, s[0], s[1], axis));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} [{1}, {2}] axis {3}")
  @MethodSource("cases")
  void matchesTheReference(DType dtype, long n, long d, int axis) throws Exception {
    Assumptions.assumeTrue(dtype != DType.F64 || device.info().fp64(), () -> device.info().name() + " has no fp64");
    Random random = new Random(31 * n + d + 7L * axis + dtype.ordinal());
    for (int trial = 0; trial < 3; trial++) {
      Tensor x = values(dtype, n, d, random, trial);
      Tensor want = x.argmax(axis, false);
      String t = dtype.irName();
      String outShape = axis == 1 ? "N" : "D";
      ModuleOp module = Pipelines.fromTensors("""
          builtin.module() ({
            func.func() ({
            ^bb0(%x: tensor<T[N, D]>):
              %a = tensor.argmax(%x) {axes = [AXIS], keep_dim = false} : tensor<i32[OUT]>
              func.return(%a)
            }) {sym_name = "am", result_types = [type(tensor<i32[OUT]>)]}
          })
          """.replace("T[", t + "[").replace("AXIS", Integer.toString(axis)).replace("OUT", outShape));
      String printed = Printer.print(module);
      assertTrue(printed.contains("gpu.launch") && !printed.contains("cpu_only"), () -> "not on the device:\n" + printed);
      Object got = DeviceRun.run(device, module, "am", Map.of("N", n, "D", d), TensorData.storage(x)).getFirst();
      String trialName = dtype + " [" + n + ", " + d + "] axis " + axis + " trial " + trial;
      assertArrayEquals(want.toIntArray(), (int[]) got, () -> trialName + " of " + x);
    }
  }

  /**
   * Trial 0 draws from 5 levels (ties everywhere); trial 1 from a wide range; trial 2 (floating
   * kinds) mixes in NaN, +inf and -inf, and makes the first row all -inf.
   */
  private static Tensor values(DType dtype, long n, long d, Random random, int trial) {
    int size = (int) (n * d);
    if (!dtype.isFloating()) {
      int[] v = new int[size];
      for (int i = 0; i < size; i++) {
        v[i] = trial == 0 ? random.nextInt(5) - 2 : dtype == DType.I8 ? random.nextInt(256) - 128 : random.nextInt();
      }
      return Tensor.of(v, n, d).to(dtype);
    }
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      v[i] = trial == 0 ? random.nextInt(5) - 2 : random.nextGaussian() * 100;
      if (trial == 2) {
        int pick = random.nextInt(40);
        v[i] = pick == 0 ? Double.NaN : pick == 1 ? Double.POSITIVE_INFINITY : pick == 2 ? Double.NEGATIVE_INFINITY : v[i];
      }
    }
    if (trial == 2) {
      for (int j = 0; j < d; j++) {
        v[j] = Double.NEGATIVE_INFINITY;
      }
    }
    return Tensor.of(v, n, d).to(dtype);
  }
}
