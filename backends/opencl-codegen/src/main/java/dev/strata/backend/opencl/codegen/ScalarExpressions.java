package dev.strata.backend.opencl.codegen;

import static dev.strata.backend.opencl.codegen.ClTypes.isSingle;
import static dev.strata.backend.opencl.codegen.ClTypes.kindOf;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.gpu.Traps;

/**
 * OpenCL C expressions for scalar ops with Java's semantics. Operands are names or literals, and
 * every expression is the right-hand side of a declaration, so no operand needs parentheses.
 *
 * <p>Java's {@code int} and {@code long} wrap, while signed overflow is undefined in C: adds,
 * subtracts, multiplies and negations of {@code i32} and {@code i64} run on the unsigned type and
 * are reinterpreted with {@code as_int}/{@code as_long}. {@code i8} arithmetic runs in {@code
 * int}, where it cannot overflow, and is narrowed like Java's {@code (byte)}. Index arithmetic
 * stays plain signed {@code int}: it computes offsets into buffers that an {@code int} indexes,
 * so it never overflows while a kernel runs, and the compiler may then optimise it.
 */
final class ScalarExpressions {
  private final Prelude prelude;
  /** The kernel's trap flag parameter, or null when the kernel does not trap. */
  private String trapFlag;

  ScalarExpressions(Prelude prelude) {
    this.prelude = prelude;
  }

  /** Names the trap flag parameter of the kernel being written ({@code gpu.func} with traps). */
  void trapFlag(String name) {
    this.trapFlag = name;
  }

  /** A literal of {@code kind}, spelled so that C parses it as that type and value. */
  static String constant(Attribute value, ScalarKind kind) {
    return switch (value) {
      case Attribute.BoolAttr b -> b.value() ? "true" : "false";
      case Attribute.IntAttr i ->
          kind.isFloating() ? floating(i.value(), kind) : integer(i.value(), kind);
      case Attribute.FloatAttr f when kind.isFloating() -> floating(f.value(), kind);
      default -> throw new IllegalArgumentException(
          "arith.constant " + value + " does not fit " + kind.irName());
    };
  }

  private static String integer(long v, ScalarKind kind) {
    return switch (kind) {
      case BOOL -> v != 0 ? "true" : "false";
      case I8 -> "((char) " + v + ")";
      case I64 -> v == Long.MIN_VALUE ? "(-9223372036854775807L - 1L)" : negative(v + "L");
      default -> v == Integer.MIN_VALUE ? "(-2147483647 - 1)" : negative(Long.toString(v));
    };
  }

  private static String floating(double v, ScalarKind kind) {
    boolean dbl = kind == ScalarKind.F64;
    if (Double.isNaN(v)) {
      return dbl ? "((double) NAN)" : "NAN";
    }
    if (Double.isInfinite(v)) {
      String inf = dbl ? "(double) INFINITY" : "INFINITY";
      return v > 0 ? (dbl ? "(" + inf + ")" : inf) : "(-" + inf + ")";
    }
    return negative(dbl ? Double.toString(v) : Float.toString((float) v) + "f");
  }

  private static String negative(String literal) {
    return literal.startsWith("-") ? "(" + literal + ")" : literal;
  }

  /** {@code a op b}. */
  String binary(ArithBinaryOp op, String a, String b) {
    ScalarKind kind = op.scalarKind();
    BinaryKind k = op.kind();
    if (kind == ScalarKind.BOOL) {
      return switch (k) {
        case AND -> a + " & " + b;
        case OR -> a + " | " + b;
        case XOR -> a + " ^ " + b;
        default -> throw unsupported(op, "");
      };
    }
    if (kind.isFloating()) {
      return floatingBinary(op, kind == ScalarKind.F64, a, b);
    }
    return switch (k) {
      case ADD, SUB, MUL -> wrapping(kind, a, operator(k), b);
      case MAX -> "max(" + a + ", " + b + ")";
      case MIN -> "min(" + a + ", " + b + ")";
      case AND -> a + " & " + b;
      case OR -> a + " | " + b;
      case XOR -> a + " ^ " + b;
      case DIV, REM -> kind == ScalarKind.INDEX || Traps.hasHarmlessDivisor(op)
          ? a + (k == BinaryKind.DIV ? " / " : " % ") + b : trapping(op, a, b);
      case POW -> Traps.of(op) == null && kind != ScalarKind.I64
          ? narrowed(kind, prelude.call(PreludeFunction.POW_NATURAL_I32, a, b)) : trapping(op, a, b);
    };
  }

  /**
   * {@code a op b} for an op Java may throw on, through a helper that sets the kernel's trap flag
   * where Java would throw; {@code i8} operands compute in {@code int}, as Java's do.
   */
  private String trapping(ArithBinaryOp op, String a, String b) {
    if (Traps.of(op) == null) {
      throw unsupported(op, "");
    }
    if (trapFlag == null) {
      throw unsupported(op, " in a gpu.func not marked traps");
    }
    boolean wide = op.scalarKind() == ScalarKind.I64;
    PreludeFunction f = switch (op.kind()) {
      case DIV -> wide ? PreludeFunction.DIV_I64 : PreludeFunction.DIV_I32;
      case REM -> wide ? PreludeFunction.REM_I64 : PreludeFunction.REM_I32;
      default -> PreludeFunction.POW_I32;
    };
    return narrowed(op.scalarKind(), prelude.call(f, a, b, trapFlag));
  }

  /** An {@code int} result narrowed like Java's {@code (byte)} when {@code kind} is {@code i8}. */
  private static String narrowed(ScalarKind kind, String intResult) {
    return kind == ScalarKind.I8 ? "as_char((uchar) " + intResult + ")" : intResult;
  }

  private String floatingBinary(ArithBinaryOp op, boolean dbl, String a, String b) {
    return switch (op.kind()) {
      case ADD, SUB, MUL, DIV -> a + " " + operator(op.kind()) + " " + b;
      case REM -> "fmod(" + a + ", " + b + ")";
      case POW -> prelude.call(dbl ? PreludeFunction.POW_F64 : PreludeFunction.POW_F32, a, b);
      case MAX -> prelude.call(dbl ? PreludeFunction.MAX_F64 : PreludeFunction.MAX_F32, a, b);
      case MIN -> prelude.call(dbl ? PreludeFunction.MIN_F64 : PreludeFunction.MIN_F32, a, b);
      case AND, OR, XOR -> throw unsupported(op, "");
    };
  }

  private static String operator(BinaryKind k) {
    return switch (k) {
      case ADD -> "+";
      case SUB -> "-";
      case MUL -> "*";
      case DIV -> "/";
      default -> throw new IllegalArgumentException(k.arithName() + " is not a C operator");
    };
  }

  /** {@code a op b} wrapping like Java's integers of {@code kind}. */
  private static String wrapping(ScalarKind kind, String a, String op, String b) {
    return switch (kind) {
      case I32 -> "as_int(as_uint(" + a + ") " + op + " as_uint(" + b + "))";
      case I64 -> "as_long(as_ulong(" + a + ") " + op + " as_ulong(" + b + "))";
      case I8 -> "as_char((uchar) (" + a + " " + op + " " + b + "))";
      default -> a + " " + op + " " + b;
    };
  }

  /** {@code a cmp b}; bools compare as 0 and 1, which C's promotion of bool already gives. */
  static String compare(CmpOp op, String a, String b) {
    return a + " " + op.kind().javaOperator() + " " + b;
  }

  /** {@code f(x)} for a {@code math} op. */
  String unary(MathOp op, String x) {
    ScalarKind kind = kindOf(op.result());
    if (kind == ScalarKind.BOOL) {
      return switch (op.kind()) {
        case NOT -> "!" + x;
        default -> throw unsupported(op, "");
      };
    }
    return kind.isFloating()
        ? floatingUnary(op, kind == ScalarKind.F64, x) : integerUnary(op, kind, x);
  }

  private String floatingUnary(MathOp op, boolean dbl, String x) {
    String one = dbl ? "1.0" : "1.0f";
    return switch (op.kind()) {
      case NEG -> "-" + x;
      case ABS -> "fabs(" + x + ")";
      case RELU -> prelude.call(dbl ? PreludeFunction.MAX_F64 : PreludeFunction.MAX_F32, x,
          dbl ? "0.0" : "0.0f");
      case SQUARE -> x + " * " + x;
      case EXP -> "exp(" + x + ")";
      case LOG -> "log(" + x + ")";
      case SQRT -> "sqrt(" + x + ")";
      case RSQRT -> one + " / sqrt(" + x + ")";
      case TANH -> "tanh(" + x + ")";
      case SIGMOID -> one + " / (" + one + " + exp(-" + x + "))";
      case GELU -> prelude.call(dbl ? PreludeFunction.GELU_F64 : PreludeFunction.GELU_F32, x);
      case ERF -> "erf(" + x + ")";
      case SIN -> "sin(" + x + ")";
      case COS -> "cos(" + x + ")";
      case RECIPROCAL -> one + " / " + x;
      case FLOOR -> "floor(" + x + ")";
      case CEIL -> "ceil(" + x + ")";
      case NOT -> throw unsupported(op, "");
    };
  }

  private static String integerUnary(MathOp op, ScalarKind kind, String x) {
    return switch (op.kind()) {
      case NEG -> switch (kind) {
        case I32 -> "as_int(-as_uint(" + x + "))";
        case I64 -> "as_long(-as_ulong(" + x + "))";
        case I8 -> "as_char((uchar) -" + x + ")";
        default -> "-" + x;
      };
      // OpenCL's abs gives the unsigned magnitude; reinterpreted, abs(MIN_VALUE) is MIN_VALUE.
      case ABS -> switch (kind) {
        case I64 -> "as_long(abs(" + x + "))";
        case I8 -> "as_char(abs(" + x + "))";
        default -> "as_int(abs(" + x + "))";
      };
      case RELU -> "max(" + x + ", " + integer(0, kind) + ")";
      case SQUARE -> wrapping(kind, x, "*", x);
      case NOT -> "(" + x + " == 0 ? 1 : 0)";
      default -> throw unsupported(op, " (a floating-point function)");
    };
  }

  /** Java's cast of {@code x} to the op's kind: saturating from floats, wrapping between ints. */
  String cast(CastOp op, String x) {
    ScalarKind from = kindOf(op.operand(0));
    ScalarKind to = op.kind();
    if (from == to) {
      return x;
    }
    if (to == ScalarKind.BOOL) {
      return x + " != 0";
    }
    if (from == ScalarKind.BOOL) {
      return x + " ? " + constant(Attribute.of(1L), to) + " : " + constant(Attribute.of(0L), to);
    }
    return switch (to) {
      case F16 -> prelude.call(PreludeFunction.ROUND_F16, toFloatOdd(from, x));
      case BF16 -> prelude.call(PreludeFunction.ROUND_BF16, toFloatOdd(from, x));
      case F32 -> toFloat(from, x);
      case F64 -> "convert_double(" + x + ")";
      case I32, INDEX -> switch (from) {
        case I64 -> "as_int((uint) " + x + ")";
        case I8, I32, INDEX -> "(int) " + x;
        default -> "convert_int_sat_rtz(" + x + ")";
      };
      case I64 -> from.isFloating() ? "convert_long_sat_rtz(" + x + ")" : "(long) " + x;
      // Java's (byte) (int) x from floats: saturate to int, then keep the low byte.
      case I8 -> from.isFloating()
          ? "as_char((uchar) convert_int_sat_rtz(" + x + "))" : "as_char((uchar) " + x + ")";
      case BOOL -> throw new IllegalStateException("handled above");
    };
  }

  /**
   * {@code x} as a float from which one more rounding to F16 or BF16 gives the value rounded once
   * from {@code x}, as the reference rounds: exact from the float kinds and {@code i8}, rounded to
   * odd from the wider kinds.
   */
  private String toFloatOdd(ScalarKind from, String x) {
    return switch (from) {
      case F64 -> prelude.call(PreludeFunction.F64_TO_F32_ODD, x);
      case I32, INDEX -> prelude.call(PreludeFunction.I32_TO_F32_ODD, x);
      case I64 -> prelude.call(PreludeFunction.I64_TO_F32_ODD, x);
      default -> toFloat(from, x);
    };
  }

  /** Java's {@code (float) x}: exact from the float kinds, round to nearest even otherwise. */
  private static String toFloat(ScalarKind from, String x) {
    return isSingle(from) ? x : "convert_float(" + x + ")";
  }

  private static IllegalArgumentException unsupported(Operation op, String why) {
    String kinds = op.operands().isEmpty() ? "" : " on " + op.operand(0).type();
    return new IllegalArgumentException(op.name() + kinds + " has no OpenCL form" + why + " ("
        + op.location() + ")");
  }
}
