package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.strata.device.Device;
import dev.strata.internal.HalfFloats;
import dev.strata.internal.SpecialFunctions;
import dev.strata.ir.dialect.arith.UnaryKind;
import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every math function, the float binary ops and every cast between dtypes, run on an OpenCL
 * device over special and random values and compared with Java: casts, integer ops, max, min and
 * the correctly rounded float ops bit for bit; elementary functions within the dtype's
 * tolerance. Skipped without a device (a failure on CI).
 */
class DeviceOpsTest {
  private static final List<String> DTYPES =
      List.of("f32", "f64", "f16", "bf16", "i32", "i8", "bool");
  private static final Map<String, Long> DIMS = Map.of("N", 2L, "D", 300L);
  private static final int SIZE = 600;

  @TestFactory
  Stream<DynamicTest> castsBetweenAllDtypesMatchJavaBitForBit() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String from : DTYPES) {
      for (String to : DTYPES) {
        if (from.equals(to)) {
          continue;
        }
        tests.add(dynamicTest(from + " -> " + to, () -> {
          Device device = deviceFor(from, to);
          Random random = new Random(from.hashCode() + 31L * to.hashCode());
          Object input = DtypeValues.of(from, SIZE, random);
          ModuleOp module = Pipelines.fromTensors(KernelCatalog.cast(from, to));
          Object actual = DeviceRun.run(device, module, "cast", DIMS, input).getFirst();
          double[] expected = new double[SIZE];
          for (int i = 0; i < SIZE; i++) {
            expected[i] = javaCast(DtypeValues.get(input, from, i), to);
          }
          DtypeValues.assertSame(from + " -> " + to, to, DtypeValues.array(to, expected), actual);
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> mathFunctionsMatchJava() {
    List<DynamicTest> tests = new ArrayList<>();
    for (UnaryKind k : UnaryKind.values()) {
      List<String> dtypes = k == UnaryKind.NOT ? List.of("bool")
          : k.acceptsIntegers() ? List.of("f32", "f64", "i32", "i8") : List.of("f32", "f64");
      for (String t : dtypes) {
        tests.add(dynamicTest(k.opName() + " " + t, () -> {
          Device device = deviceFor(t);
          boolean loops = k == UnaryKind.FLOOR || k == UnaryKind.CEIL || k == UnaryKind.NOT;
          Object x = DtypeValues.of(t, SIZE, new Random(k.ordinal()));
          String body = "%r = math." + k.opName() + "(%x) : " + t;
          ModuleOp module = loops ? Pipelines.fromLoops(KernelCatalog.rowLoop(t, t, body))
              : Pipelines.fromTensors(KernelCatalog.unary(k.opName(), t));
          Object[] inputs = loops ? new Object[] {x, x} : new Object[] {x};
          String function = loops ? "rows" : k.opName();
          Object actual = DeviceRun.run(device, module, function, DIMS, inputs).getFirst();
          double[] expected = new double[SIZE];
          for (int i = 0; i < SIZE; i++) {
            expected[i] = javaUnary(k, t, DtypeValues.get(x, t, i));
          }
          String what = k.opName() + " " + t;
          switch (t) {
            case "f32" -> Expect.close(what, (float[]) DtypeValues.array(t, expected),
                (float[]) actual, Expect.F32);
            case "f64" -> Expect.close(what, expected, (double[]) actual, 1e-9);
            default -> DtypeValues.assertSame(what, t, DtypeValues.array(t, expected), actual);
          }
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> floatBinaryOpsMatchJava() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String op : List.of("add", "sub", "mul", "div", "pow", "maximum", "minimum", "rem")) {
      for (String t : List.of("f32", "f64")) {
        tests.add(dynamicTest(op + " " + t, () -> {
          Device device = deviceFor(t);
          Random random = new Random(op.hashCode());
          Object a = DtypeValues.of(t, SIZE, random);
          Object b = DtypeValues.of(t, SIZE, random);
          DtypeValues.pairs(t, a, b);
          boolean rem = op.equals("rem");
          ModuleOp module = rem
              ? Pipelines.fromLoops(KernelCatalog.rowLoop(t, t, "%r = arith.rem(%x, %y) : " + t))
              : Pipelines.fromTensors(KernelCatalog.binary(op, t, t));
          Object actual = DeviceRun.run(device, module, rem ? "rows" : op, DIMS, a, b).getFirst();
          double[] expected = new double[SIZE];
          for (int i = 0; i < SIZE; i++) {
            expected[i] = javaBinary(op, t, DtypeValues.get(a, t, i), DtypeValues.get(b, t, i));
          }
          boolean exact = !op.equals("div") && !op.equals("pow");
          String what = op + " " + t;
          if (exact) {
            DtypeValues.assertSame(what, t, DtypeValues.array(t, expected), actual);
          } else if (t.equals("f32")) {
            Expect.close(what, (float[]) DtypeValues.array(t, expected), (float[]) actual,
                Expect.F32);
          } else {
            Expect.close(what, expected, (double[]) actual, 1e-9);
          }
        }));
      }
    }
    return tests.stream();
  }

  /** The device, or the test is skipped; also skipped where a dtype needs fp64 it lacks. */
  private static Device deviceFor(String... dtypes) {
    Device device = RequiredDevice.get();
    Assumptions.assumeTrue(!List.of(dtypes).contains("f64") || device.info().fp64(),
        () -> device.info().name() + " has no fp64");
    return device;
  }

  /** Java's cast of {@code v} (a value of any dtype, widened exactly) to {@code to}. */
  private static double javaCast(double v, String to) {
    return switch (to) {
      case "bool" -> v != 0 ? 1 : 0;
      case "f32" -> (float) v;
      case "f64" -> v;
      case "f16" -> Float.float16ToFloat(Float.floatToFloat16((float) v));
      case "bf16" -> HalfFloats.bf16ToFloat(HalfFloats.floatToBf16((float) v));
      case "i32" -> (int) v;
      case "i8" -> (byte) (int) v;
      default -> throw new IllegalArgumentException(to);
    };
  }

  /** What the eager reference computes: floats via double, rounded once; integers wrapping. */
  private static double javaUnary(UnaryKind k, String t, double x) {
    return switch (t) {
      case "i32" -> {
        int i = (int) x;
        yield switch (k) {
          case NEG -> -i;
          case ABS -> Math.abs(i);
          case RELU -> Math.max(i, 0);
          case SQUARE -> i * i;
          default -> throw new IllegalArgumentException(k.opName());
        };
      }
      case "i8" -> {
        byte b = (byte) x;
        yield switch (k) {
          case NEG -> (byte) -b;
          case ABS -> (byte) Math.abs(b);
          case RELU -> (byte) Math.max(b, 0);
          case SQUARE -> (byte) (b * b);
          default -> throw new IllegalArgumentException(k.opName());
        };
      }
      case "bool" -> x == 0 ? 1 : 0;
      default -> {
        double r = k == UnaryKind.ERF ? SpecialFunctions.erf(x) : k.apply(x);
        yield t.equals("f32") ? (float) r : r;
      }
    };
  }

  private static double javaBinary(String op, String t, double a, double b) {
    if (t.equals("f32")) {
      float x = (float) a;
      float y = (float) b;
      return switch (op) {
        case "add" -> x + y;
        case "sub" -> x - y;
        case "mul" -> x * y;
        case "div" -> x / y;
        case "pow" -> (float) Math.pow(x, y);
        case "maximum" -> Math.max(x, y);
        case "minimum" -> Math.min(x, y);
        case "rem" -> x % y;
        default -> throw new IllegalArgumentException(op);
      };
    }
    return switch (op) {
      case "add" -> a + b;
      case "sub" -> a - b;
      case "mul" -> a * b;
      case "div" -> a / b;
      case "pow" -> Math.pow(a, b);
      case "maximum" -> Math.max(a, b);
      case "minimum" -> Math.min(a, b);
      case "rem" -> a % b;
      default -> throw new IllegalArgumentException(op);
    };
  }
}
