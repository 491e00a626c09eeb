package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.Device;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.text.Printer;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Integer division and remainder by a constant other than 0 and -1 cannot throw or overflow, so
 * they run on the device, bit for bit as Java computes them (truncation toward zero, the
 * remainder with the dividend's sign); by -1 (where {@code MIN_VALUE / -1} overflows) and by a
 * value the kernel reads they stay on the CPU.
 */
class DeviceIntegerDivisionTest {
  private static final Map<String, Long> DIMS = Map.of("N", 3L, "D", 300L);
  private static final int SIZE = 900;

  @Test
  void divisionByAHarmlessConstantMatchesJava() throws Exception {
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
          Random random = new Random(divisor * 31 + op.hashCode() + t.hashCode());
          Object x = DtypeValues.of(t, SIZE, random);
          Object got = DeviceRun.run(device, module, "rows", DIMS, x, DtypeValues.of(t, SIZE, random)).getFirst();
          double[] want = new double[SIZE];
          for (int i = 0; i < SIZE; i++) {
            long a = (long) DtypeValues.get(x, t, i);
            long java = t.equals("i32")
                ? (op.equals("div") ? (int) a / (int) divisor : (int) a % (int) divisor)
                : (byte) (op.equals("div") ? (byte) a / (byte) divisor : (byte) a % (byte) divisor);
            want[i] = java;
          }
          DtypeValues.assertSame(t + " " + op + " " + divisor, t, DtypeValues.array(t, want), got);
        }
      }
    }
  }

  @Test
  void divisionByMinusOneOrByAValueStaysOnTheCpu() {
    for (String body : new String[] {"%c = arith.constant() {value = -1} : i32\n%r = arith.div(%x, %c) : i32",
        "%c = arith.constant() {value = 0} : i32\n%r = arith.rem(%x, %c) : i32", "%r = arith.div(%x, %y) : i32"}) {
      String printed = Printer.print(Pipelines.fromLoops(KernelCatalog.rowLoop("i32", "i32", body)));
      assertTrue(printed.contains("cpu_only = \"integer "), () -> body + " ran on the device:\n" + printed);
    }
  }
}
