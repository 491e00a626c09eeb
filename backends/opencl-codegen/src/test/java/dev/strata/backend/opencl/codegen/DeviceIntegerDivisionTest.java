package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.Device;
import dev.strata.internal.IntegerArithmetic;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.text.Printer;
import java.util.Map;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Integer division, remainder and power run on the device bit for bit as Java computes them:
 * truncation toward zero, the remainder with the dividend's sign, {@code MIN_VALUE / -1} wrapping,
 * powers wrapping like {@code int} and negative exponents as {@link IntegerArithmetic#pow} gives
 * them. By a constant other than 0 and -1 the kernel cannot meet a throwing case and does not
 * trap; otherwise it traps, and a zero divisor (or zero to a negative power) in any element sets
 * its trap flag, which {@link DeviceRun} turns into an {@link ArithmeticException} where the run
 * time reruns the group on the CPU.
 */
class DeviceIntegerDivisionTest {
  private static final Map<String, Long> DIMS = Map.of("N", 3L, "D", 300L);
  private static final int SIZE = 900;

  @Test
  void divisionByAHarmlessConstantMatchesJavaWithoutTrapping() throws Exception {
    Device device = RequiredDevice.get();
    for (String t : new String[] {"i32", "i8"}) {
      for (long divisor : new long[] {1, 2, 3, -2, -7, 127, 1000}) {
        if (t.equals("i8") && divisor > Byte.MAX_VALUE) {
          continue;
        }
        for (String op : new String[] {"div", "rem"}) {
          ModuleOp module = Pipelines.fromLoops(KernelCatalog.rowLoop(t, t,
              "%c = arith.constant() {value = " + divisor + "} : " + t + "\n%r = arith." + op + "(%x, %c) : " + t));
          String printed = Printer.print(module);
          assertTrue(printed.contains("gpu.launch") && !printed.contains("cpu_only"), () -> "not on the device:\n" + printed);
          assertFalse(printed.contains("traps"), () -> "a harmless divisor traps:\n" + printed);
          Random random = new Random(divisor * 31 + op.hashCode() + t.hashCode());
          Object x = DtypeValues.of(t, SIZE, random);
          Object got = DeviceRun.run(device, module, "rows", DIMS, x, DtypeValues.of(t, SIZE, random)).getFirst();
          double[] want = new double[SIZE];
          for (int i = 0; i < SIZE; i++) {
            want[i] = java(t, op, (long) DtypeValues.get(x, t, i), divisor);
          }
          DtypeValues.assertSame(t + " " + op + " " + divisor, t, DtypeValues.array(t, want), got);
        }
      }
    }
  }

  @Test
  void divisionByValuesReadMatchesJavaIncludingMinValueByMinusOne() throws Exception {
    Device device = RequiredDevice.get();
    for (String t : new String[] {"i32", "i8"}) {
      for (String op : new String[] {"div", "rem"}) {
        ModuleOp module = Pipelines.fromLoops(KernelCatalog.rowLoop(t, t, "%r = arith." + op + "(%x, %y) : " + t));
        assertTrue(Printer.print(module).contains("traps = true"), () -> Printer.print(module));
        Random random = new Random(op.hashCode() * 7L + t.hashCode());
        Object x = DtypeValues.of(t, SIZE, random);
        double[] divisors = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
          long d = (long) DtypeValues.get(DtypeValues.of(t, 1, random), t, 0);
          divisors[i] = i % 5 == 0 ? -1 : i % 5 == 1 ? 1 : d == 0 ? 3 : d;
        }
        Object y = DtypeValues.array(t, divisors);
        Object got = DeviceRun.run(device, module, "rows", DIMS, x, y).getFirst();
        double[] want = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
          want[i] = java(t, op, (long) DtypeValues.get(x, t, i), (long) divisors[i]);
        }
        DtypeValues.assertSame(t + " " + op + " by values", t, DtypeValues.array(t, want), got);
      }
    }
  }

  @Test
  void aZeroDivisorAnywhereSetsTheTrapFlag() throws Exception {
    Device device = RequiredDevice.get();
    for (String t : new String[] {"i32", "i8"}) {
      for (String op : new String[] {"div", "rem"}) {
        ModuleOp module = Pipelines.fromLoops(KernelCatalog.rowLoop(t, t, "%r = arith." + op + "(%x, %y) : " + t));
        for (int zeroAt : new int[] {0, 299, 300, SIZE - 1}) {
          double[] divisors = new double[SIZE];
          java.util.Arrays.fill(divisors, 3);
          divisors[zeroAt] = 0;
          assertThrows(ArithmeticException.class, () -> DeviceRun.run(device, module, "rows", DIMS,
              DtypeValues.of(t, SIZE, new Random(zeroAt)), DtypeValues.array(t, divisors)), t + " " + op + " at " + zeroAt);
        }
      }
      ModuleOp byZero = Pipelines.fromLoops(KernelCatalog.rowLoop(t, t,
          "%c = arith.constant() {value = 0} : " + t + "\n%r = arith.div(%x, %c) : " + t));
      assertThrows(ArithmeticException.class, () -> DeviceRun.run(device, byZero, "rows", DIMS,
          DtypeValues.of(t, SIZE, new Random(1)), DtypeValues.of(t, SIZE, new Random(2))));
    }
  }

  @Test
  void integerPowersMatchJavaAndZeroToANegativePowerTraps() throws Exception {
    Device device = RequiredDevice.get();
    for (String t : new String[] {"i32", "i8"}) {
      ModuleOp module = Pipelines.fromLoops(KernelCatalog.rowLoop(t, t, "%r = arith.pow(%x, %y) : " + t));
      Random random = new Random(t.hashCode());
      double[] bases = new double[SIZE];
      double[] exponents = new double[SIZE];
      for (int i = 0; i < SIZE; i++) {
        int e = random.nextInt(80) - 8;
        int b = i % 9 == 0 ? -1 : i % 9 == 1 ? 1 : i % 9 == 2 && e >= 0 ? 0 : random.nextInt(7) - 3;
        bases[i] = b == 0 && e < 0 ? 2 : t.equals("i32") && i % 9 == 3 ? random.nextInt() : b;
        exponents[i] = t.equals("i8") ? (byte) e : e;
      }
      Object got = DeviceRun.run(device, module, "rows", DIMS, DtypeValues.array(t, bases),
          DtypeValues.array(t, exponents)).getFirst();
      double[] want = new double[SIZE];
      for (int i = 0; i < SIZE; i++) {
        int p = IntegerArithmetic.pow((int) bases[i], (int) exponents[i]);
        want[i] = t.equals("i8") ? (byte) p : p;
      }
      DtypeValues.assertSame(t + " pow", t, DtypeValues.array(t, want), got);
      bases[SIZE / 2] = 0;
      exponents[SIZE / 2] = -1;
      assertThrows(ArithmeticException.class, () -> DeviceRun.run(device, module, "rows", DIMS,
          DtypeValues.array(t, bases), DtypeValues.array(t, exponents)));
      ModuleOp squared = Pipelines.fromLoops(KernelCatalog.rowLoop(t, t,
          "%c = arith.constant() {value = 2} : " + t + "\n%r = arith.pow(%x, %c) : " + t));
      assertFalse(Printer.print(squared).contains("traps"), () -> Printer.print(squared));
    }
  }

  @Test
  void powersOfLongsStayOnTheCpu() {
    String loop = KernelCatalog.rowLoop("i32", "i32", """
        %xl = arith.cast(%x) : i64
        %p = arith.pow(%xl, %xl) : i64
        %r = arith.cast(%p) : i32""");
    String printed = Printer.print(Pipelines.fromLoops(loop));
    assertTrue(printed.contains("cpu_only = \"pow of longs"), () -> printed);
  }

  private static long java(String t, String op, long a, long d) {
    IntBinaryOperator f = op.equals("div") ? (p, q) -> p / q : (p, q) -> p % q;
    return t.equals("i32") ? f.applyAsInt((int) a, (int) d) : (byte) f.applyAsInt((byte) a, (byte) d);
  }
}
