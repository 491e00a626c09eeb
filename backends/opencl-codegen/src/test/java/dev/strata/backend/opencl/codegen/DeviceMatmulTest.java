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
import java.util.LinkedHashMap;
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
 * The tiled matmul kernel on an OpenCL device against {@code Tensor.matmul}, the eager reference:
 * every dtype; shapes below, at and across the 128-wide tile and the 8-deep k step; transposed
 * operands; batches, broadcast batches and 1-D operands; and {@code k = 0}. Tolerances are those
 * of the examples' differential tests ({@code |got - want| <= tol * (1 + |want|)}): F64 1e-9, F32
 * 1e-4, F16 1e-2, BF16 4e-2 (one 16-bit rounding of a sum kept in f32); integers exactly (both
 * wrap).
 */
class DeviceMatmulTest {
  private Device device;

  @BeforeEach
  void findDevice() {
    device = RequiredDevice.get();
  }

  /** One product: operand shapes (symbolic dims bound in {@code dims}) and transposition. */
  record Case(String name, List<String> a, boolean transposeA, List<String> b, boolean transposeB,
      Map<String, Long> dims) {
    @Override
    public String toString() {
      return name + " " + dims;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    long[][] sizes = {{1, 1, 1}, {5, 7, 3}, {128, 8, 128}, {129, 9, 130}, {200, 37, 61}, {3, 0, 4}, {64, 300, 17}};
    for (long[] s : sizes) {
      cases.add(new Case("plain", List.of("M", "K"), false, List.of("K", "N"), false, dims(s)));
    }
    cases.add(new Case("a transposed", List.of("K", "M"), true, List.of("K", "N"), false, dims(new long[] {131, 19, 70})));
    cases.add(new Case("b transposed", List.of("M", "K"), false, List.of("N", "K"), true, dims(new long[] {33, 141, 257})));
    cases.add(new Case("both transposed", List.of("K", "M"), true, List.of("N", "K"), true, dims(new long[] {140, 12, 9})));
    Map<String, Long> batched = new LinkedHashMap<>(dims(new long[] {70, 20, 150}));
    batched.put("B", 3L);
    cases.add(new Case("batched", List.of("B", "M", "K"), false, List.of("B", "K", "N"), false, batched));
    cases.add(new Case("weight broadcast", List.of("B", "M", "K"), false, List.of("N", "K"), true, batched));
    cases.add(new Case("left broadcast", List.of("M", "K"), false, List.of("B", "K", "N"), false, batched));
    cases.add(new Case("unit batch broadcast", List.of("1", "M", "K"), false, List.of("B", "K", "N"), false, batched));
    for (long[] bc : new long[][] {{1, 3}, {3, 1}, {2, 2}, {1, 1}}) {
      Map<String, Long> runtime = new LinkedHashMap<>(dims(new long[] {40, 30, 140}));
      runtime.put("B", bc[0]);
      runtime.put("C", bc[1]);
      cases.add(new Case("run-time batch broadcast", List.of("B", "M", "K"), false, List.of("C", "K", "N"), false,
          runtime));
    }
    cases.add(new Case("vector times matrix", List.of("K"), false, List.of("K", "N"), false, batched));
    cases.add(new Case("matrix times vector", List.of("M", "K"), false, List.of("K"), false, batched));
    cases.add(new Case("dot", List.of("K"), false, List.of("K"), false, batched));
    List<Arguments> out = new ArrayList<>();
    for (DType dtype : List.of(DType.F32, DType.F64, DType.F16, DType.BF16, DType.I32, DType.I8)) {
      for (Case c : cases) {
        // Every layout in F32; the other dtypes share the kernel's structure, so (each layout
        // being a program to build) they take the plain sizes, one transpose, one broadcast and a dot.
        if (dtype == DType.F32 || List.of("plain", "b transposed", "weight broadcast", "dot").contains(c.name())
            || dtype == DType.I32 && c.name().equals("run-time batch broadcast")) {
          out.add(Arguments.of(dtype, c));
        }
      }
    }
    return out.stream();
  }

  private static Map<String, Long> dims(long[] mkn) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("M", mkn[0]);
    out.put("K", mkn[1]);
    out.put("N", mkn[2]);
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesTheReference(DType dtype, Case c) throws Exception {
    Assumptions.assumeTrue(dtype != DType.F64 || device.info().fp64(), () -> device.info().name() + " has no fp64");
    Random random = new Random(c.toString().hashCode() * 31L + dtype.ordinal());
    Tensor a = random(dtype, shape(c.a(), c.dims()), random);
    Tensor b = random(dtype, shape(c.b(), c.dims()), random);
    Tensor want = (c.transposeA() ? a.t() : a).matmul(c.transposeB() ? b.t() : b);

    ModuleOp module = Pipelines.fromTensors(module(dtype, c, want.shape().length));
    String printed = Printer.print(module);
    assertTrue(printed.contains("gpu.launch") && !printed.contains("cpu_only"), () -> "not on the device:\n" + printed);
    Object out = DeviceRun.run(device, module, "mm", c.dims(), TensorData.storage(a), TensorData.storage(b))
        .getFirst();
    Tensor got = TensorData.wrap(dtype, out, want.shape());
    if (dtype.isFloating()) {
      double tol = switch (dtype) {
        case F64 -> 1e-9;
        case F16 -> 1e-2;
        case BF16 -> 4e-2;
        default -> 1e-4;
      };
      assertTrue(got.allClose(want, tol, tol), () -> c + " " + dtype + ":\n  want " + want + "\n  got  " + got);
    } else {
      assertArrayEquals(want.toIntArray(), got.toIntArray(), () -> c + " " + dtype);
    }
  }

  /** Tensor-level IR of {@code mm(a, b)} for {@code c}, transposes written as the user would. */
  private static String module(DType dtype, Case c, int resultRank) {
    String t = dtype.irName();
    String aType = type(t, c.a());
    String bType = type(t, c.b());
    List<String> left = c.transposeA() ? swapLast(c.a()) : c.a();
    List<String> right = c.transposeB() ? swapLast(c.b()) : c.b();
    List<String> result = resultShape(left, right);
    String resultType = type(t, result);
    StringBuilder body = new StringBuilder();
    String x = "%a";
    String y = "%b";
    if (c.transposeA()) {
      body.append("    %at = tensor.transpose(%a) {perm = ").append(perm(c.a().size())).append("} : ")
          .append(type(t, left)).append("\n");
      x = "%at";
    }
    if (c.transposeB()) {
      body.append("    %bt = tensor.transpose(%b) {perm = ").append(perm(c.b().size())).append("} : ")
          .append(type(t, right)).append("\n");
      y = "%bt";
    }
    if (result.size() != resultRank) {
      throw new AssertionError("result rank of " + c);
    }
    return "builtin.module() ({\n  func.func() ({\n  ^bb0(%a: " + aType + ", %b: " + bType + "):\n" + body
        + "    %c = tensor.matmul(" + x + ", " + y + ") : " + resultType + "\n    func.return(%c)\n"
        + "  }) {sym_name = \"mm\", result_types = [type(" + resultType + ")]}\n})\n";
  }

  private static List<String> resultShape(List<String> a, List<String> b) {
    List<String> batchA = a.size() > 2 ? a.subList(0, a.size() - 2) : List.of();
    List<String> batchB = b.size() > 2 ? b.subList(0, b.size() - 2) : List.of();
    List<String> out = new ArrayList<>(batchA.size() >= batchB.size() ? batchA : batchB);
    for (int i = 0; i < Math.min(batchA.size(), batchB.size()); i++) {
      String da = batchA.get(batchA.size() - 1 - i);
      String db = batchB.get(batchB.size() - 1 - i);
      out.set(out.size() - 1 - i, da.equals("1") || da.equals(db) ? db : db.equals("1") ? da
          : "bcast(" + da + ", " + db + ")");
    }
    if (a.size() >= 2) {
      out.add(a.get(a.size() - 2));
    }
    if (b.size() >= 2) {
      out.add(b.getLast());
    }
    return out;
  }

  private static List<String> swapLast(List<String> shape) {
    List<String> out = new ArrayList<>(shape);
    out.set(shape.size() - 1, shape.get(shape.size() - 2));
    out.set(shape.size() - 2, shape.getLast());
    return out;
  }

  private static String perm(int rank) {
    List<Integer> p = new ArrayList<>();
    for (int i = 0; i < rank; i++) {
      p.add(i);
    }
    p.set(rank - 1, rank - 2);
    p.set(rank - 2, rank - 1);
    return p.toString();
  }

  private static String type(String dtype, List<String> shape) {
    return "tensor<" + dtype + "[" + String.join(", ", shape) + "]>";
  }

  private static long[] shape(List<String> dims, Map<String, Long> values) {
    return dims.stream().mapToLong(d -> Character.isDigit(d.charAt(0)) ? Long.parseLong(d) : values.get(d)).toArray();
  }

  /** Gaussian values for floating dtypes; the full int range for I32 (sums wrap), bytes for I8. */
  private static Tensor random(DType dtype, long[] shape, Random random) {
    int n = (int) Stream.of(shape).flatMapToLong(java.util.Arrays::stream).reduce(1, (x, y) -> x * y);
    if (dtype.isFloating()) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextGaussian();
      }
      return Tensor.of(values, shape).to(dtype);
    }
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = dtype == DType.I8 ? random.nextInt(256) - 128 : random.nextInt();
    }
    return Tensor.of(values, shape).to(dtype);
  }
}
