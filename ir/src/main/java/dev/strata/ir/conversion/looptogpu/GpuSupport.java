package dev.strata.ir.conversion.looptogpu;

import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.FmaOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.gpu.GpuFuncOp;
import dev.strata.ir.dialect.gpu.Traps;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.ArrayList;
import java.util.List;

/**
 * What a GPU target can run, op by op: the compile-time half of a back end's capabilities (the run
 * time adds the device's limits). {@link #portable()} is what every OpenCL 1.2 device and every
 * CUDA device can run, which is what the OpenCL and PTX emitters accept.
 */
public interface GpuSupport {
  /**
   * Why {@code op} cannot run in a kernel, or {@code null} when it can.
   *
   * @param op an op inside a loop being mapped to a kernel
   * @return the reason in a few words (shown by explain), or null
   */
  String unsupported(Operation op);

  /**
   * The optional device features a kernel touching {@code kind} needs: {@code "fp64"} for F64.
   *
   * @param kind a scalar kind used in the kernel
   * @return the features, possibly empty
   */
  default List<String> features(ScalarKind kind) {
    return kind == ScalarKind.F64 ? List.of("fp64") : List.of();
  }

  /**
   * The ops every OpenCL 1.2 and CUDA device runs with Java's semantics. Index division is
   * allowed: its divisors are dims of the iteration space, never zero while an iteration runs.
   * Integer division, remainder and power of Java's values are allowed too: where Java may throw
   * on them ({@link Traps}), the kernel {@linkplain GpuFuncOp#traps() traps} and the host reruns
   * the group on the CPU when a thread met a zero divisor. A power of {@code long}s, which Java
   * computes through {@code Math.pow} in doubles, is not.
   */
  static GpuSupport portable() {
    return op -> switch (op) {
      case ArithBinaryOp b when b.kind() == BinaryKind.POW && b.scalarKind() == ScalarKind.I64 ->
          "pow of longs (computed in doubles)";
      case ArithBinaryOp b -> null;
      case CmpOp c -> null;
      case SelectOp s -> null;
      case FmaOp f -> null;
      case CastOp c -> null;
      case ConstantOp c -> null;
      case MathOp m -> null;
      case LoadOp l -> null;
      case StoreOp s -> null;
      case ForOp f -> null;
      case YieldOp y -> null;
      default -> op.name() + " has no GPU form";
    };
  }

  /** Whether any of {@code kernelOps} is an op Java may throw on, so that the kernel traps. */
  static boolean traps(Iterable<Operation> kernelOps) {
    for (Operation op : kernelOps) {
      if (Traps.of(op) != null) {
        return true;
      }
    }
    return false;
  }

  /** The features {@code kernelOps} need under {@code support}, without repeats. */
  static List<String> featuresOf(GpuSupport support, Iterable<Operation> kernelOps) {
    List<String> out = new ArrayList<>();
    for (Operation op : kernelOps) {
      for (Value v : op.operands()) {
        for (String f : support.features(kindOf(v))) {
          if (!out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  private static ScalarKind kindOf(Value v) {
    return switch (v.type()) {
      case Type.Scalar s -> s.kind();
      case Type.Shaped s -> ScalarKind.of(s.dtype());
    };
  }
}
