package dev.strata.backend.cpu.codegen;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.UnaryKind;

/**
 * Java expressions for scalar arithmetic with the eager reference's semantics: floats computed in
 * double where the reference does so and rounded once, integers wrapping like int and byte.
 */
final class ScalarCode {
  private ScalarCode() {}

  static String constant(Attribute a, ScalarKind kind) {
    return switch (a) {
      case Attribute.BoolAttr b -> Boolean.toString(b.value());
      case Attribute.IntAttr i -> switch (kind) {
        case I64 -> i.value() + "L";
        case I8 -> "(byte) " + i.value();
        default -> i.value() == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : Long.toString(i.value());
      };
      case Attribute.FloatAttr f -> floating(f.value(), kind == ScalarKind.F64);
      default -> throw new IllegalArgumentException("not a scalar constant: " + a);
    };
  }

  static String floating(double v, boolean isDouble) {
    String t = isDouble ? "Double" : "Float";
    if (Double.isNaN(v)) {
      return t + ".NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? t + ".POSITIVE_INFINITY" : t + ".NEGATIVE_INFINITY";
    }
    if (isDouble) {
      return Double.toString(v);
    }
    return Float.toString((float) v) + "f";
  }

  static String binary(BinaryKind k, ScalarKind kind, String a, String b) {
    if (kind == ScalarKind.BOOL) {
      return switch (k) {
        case AND -> "(" + a + " & " + b + ")";
        case OR -> "(" + a + " | " + b + ")";
        case XOR -> "(" + a + " ^ " + b + ")";
        default -> throw new IllegalArgumentException(k + " on bool");
      };
    }
    String e = switch (k) {
      case ADD -> a + " + " + b;
      case SUB -> a + " - " + b;
      case MUL -> a + " * " + b;
      case DIV -> a + " / " + b;
      case REM -> a + " % " + b;
      case MAX -> "Math.max(" + a + ", " + b + ")";
      case MIN -> "Math.min(" + a + ", " + b + ")";
      case POW -> kind == ScalarKind.I32 || kind == ScalarKind.I8
          ? "dev.strata.internal.IntegerArithmetic.pow(" + a + ", " + b + ")"
          : "Math.pow(" + a + ", " + b + ")";
      case AND -> a + " & " + b;
      case OR -> a + " | " + b;
      case XOR -> a + " ^ " + b;
    };
    boolean intPow = k == BinaryKind.POW && (kind == ScalarKind.I32 || kind == ScalarKind.I8);
    return narrow("(" + e + ")", kind, k == BinaryKind.POW && !intPow || k == BinaryKind.DIV && kind == ScalarKind.F32);
  }

  /** Casts a wider intermediate back to {@code kind}; {@code fromDouble} when {@code e} is a double. */
  private static String narrow(String e, ScalarKind kind, boolean fromDouble) {
    return switch (kind) {
      case I8 -> fromDouble ? "(byte) (int) " + e : "(byte) " + e;
      case I32, INDEX -> fromDouble ? "(int) " + e : e;
      case I64 -> fromDouble ? "(long) " + e : e;
      case F32, F16, BF16 -> fromDouble ? "(float) " + e : e;
      default -> e;
    };
  }

  static String compare(CmpKind k, ScalarKind kind, String a, String b) {
    if (kind == ScalarKind.BOOL && k != CmpKind.EQ && k != CmpKind.NE) {
      a = "(" + a + " ? 1 : 0)";
      b = "(" + b + " ? 1 : 0)";
    }
    return "(" + a + " " + k.javaOperator() + " " + b + ")";
  }

  static String unary(UnaryKind k, ScalarKind kind, String x) {
    boolean fp = kind.isFloating();
    String d = kind == ScalarKind.F64 ? x : "(double) " + x;
    String e = switch (k) {
      case NEG -> "-" + x;
      case ABS -> "Math.abs(" + x + ")";
      case RELU -> fp ? "Math.max(" + x + ", 0.0)" : "Math.max(" + x + ", 0)";
      case SQUARE -> x + " * " + x;
      case EXP -> "Math.exp(" + d + ")";
      case LOG -> "Math.log(" + d + ")";
      case SQRT -> "Math.sqrt(" + d + ")";
      case RSQRT -> "1.0 / Math.sqrt(" + d + ")";
      case TANH -> "Math.tanh(" + d + ")";
      case SIGMOID -> "1.0 / (1.0 + Math.exp(-" + d + "))";
      case GELU -> "gelu(" + d + ")";
      case ERF -> "dev.strata.internal.SpecialFunctions.erf(" + d + ")";
      case SIN -> "Math.sin(" + d + ")";
      case COS -> "Math.cos(" + d + ")";
      case RECIPROCAL -> "1.0 / " + d;
      case FLOOR -> "Math.floor(" + d + ")";
      case CEIL -> "Math.ceil(" + d + ")";
      case NOT -> "!" + x;
    };
    boolean viaDouble = fp || k == UnaryKind.RELU && fp;
    if (k == UnaryKind.NOT) {
      return "(" + e + ")";
    }
    return narrow("(" + e + ")", kind, viaDouble && kind != ScalarKind.F64
        && !(k == UnaryKind.NEG || k == UnaryKind.ABS || k == UnaryKind.SQUARE));
  }

  /** Java's cast from {@code from} to {@code to}, with bool as 0/1 and {@code != 0}. */
  static String cast(ScalarKind from, ScalarKind to, String x) {
    if (from == to) {
      return x;
    }
    if (to == ScalarKind.BOOL) {
      return "(" + x + " != 0)";
    }
    if (from == ScalarKind.BOOL) {
      return "(" + x + " ? (" + JavaTypes.scalar(to) + ") 1 : (" + JavaTypes.scalar(to) + ") 0)";
    }
    // From a float the 16-bit rounding is the only one; from a double or an int, round once.
    String round = from == ScalarKind.F32 || from == ScalarKind.F16 || from == ScalarKind.BF16 ? "float" : "double";
    return switch (to) {
      case F16 -> "Float.float16ToFloat(dev.strata.internal.HalfFloats." + round + "ToF16(" + x + "))";
      case BF16 -> "dev.strata.internal.HalfFloats.bf16ToFloat(dev.strata.internal.HalfFloats." + round + "ToBf16(" + x + "))";
      case I8 -> from.isFloating() ? "(byte) (int) " + x : "(byte) " + x;
      default -> "(" + JavaTypes.scalar(to) + ") " + x;
    };
  }
}
