package dev.strata.backend.opencl.codegen;

import dev.strata.DType;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Region;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.util.List;

/** The OpenCL C types that IR types become. */
final class ClTypes {
  private ClTypes() {}

  /** The C type of a scalar value; F16 and BF16 values live in a {@code float}, as on the CPU. */
  static String scalar(ScalarKind kind) {
    return switch (kind) {
      case BOOL -> "bool";
      case I8 -> "char";
      case I32, INDEX -> "int";
      case I64 -> "long";
      case F16, BF16, F32 -> "float";
      case F64 -> "double";
    };
  }

  /**
   * The C type of one element of a buffer of {@code dtype}: bools as {@code uchar} 0 or 1, F16
   * and BF16 as their raw bits in a {@code ushort}.
   */
  static String element(DType dtype) {
    return switch (dtype) {
      case F32 -> "float";
      case F64 -> "double";
      case I32 -> "int";
      case I8 -> "char";
      case BOOL -> "uchar";
      case F16, BF16 -> "ushort";
    };
  }

  /** The OpenCL address space qualifier of a buffer. */
  static String addressSpace(Type.Buffer buffer) {
    return switch (buffer.space()) {
      case GLOBAL -> "__global";
      case LOCAL -> "__local";
    };
  }

  /** Whether values of {@code kind} are computed in a C {@code float}. */
  static boolean isSingle(ScalarKind kind) {
    return kind == ScalarKind.F32 || kind == ScalarKind.F16 || kind == ScalarKind.BF16;
  }

  /** The scalar kind of a scalar value. */
  static ScalarKind kindOf(Value v) {
    if (v.type() instanceof Type.Scalar s) {
      return s.kind();
    }
    throw new IllegalArgumentException("expected a scalar, got a value of type " + v.type());
  }

  /** Whether any value in or under {@code root} is an F64 scalar or an F64 buffer. */
  static boolean usesDouble(Operation root) {
    boolean[] found = {false};
    root.walk(op -> {
      found[0] |= anyDouble(op.results()) || anyDouble(op.operands());
      for (Region r : op.regions()) {
        for (Block b : r.blocks()) {
          found[0] |= anyDouble(b.arguments());
        }
      }
    });
    return found[0];
  }

  private static boolean anyDouble(List<? extends Value> values) {
    return values.stream().anyMatch(v -> switch (v.type()) {
      case Type.Scalar s -> s.kind() == ScalarKind.F64;
      case Type.Shaped s -> s.dtype() == DType.F64;
    });
  }
}
