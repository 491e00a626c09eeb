package dev.strata.backend.cpu.codegen;

import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.UnaryKind;

/** Java Vector API expressions for the ops a {@link VectorPlan} accepts. */
final class VectorCode {
  private VectorCode() {}

  static String vectorClass(ScalarKind k) {
    return switch (k) {
      case F32 -> "FloatVector";
      case F64 -> "DoubleVector";
      case I32 -> "IntVector";
      case I8 -> "ByteVector";
      default -> throw new IllegalArgumentException("no vector of " + k);
    };
  }

  static String species(ScalarKind k) {
    return switch (k) {
      case F32 -> "FS";
      case F64 -> "DS";
      case I32 -> "IS";
      case I8, BOOL -> "BS";
      default -> throw new IllegalArgumentException("no species of " + k);
    };
  }

  static String broadcast(ScalarKind k, String scalar) {
    return vectorClass(k) + ".broadcast(" + species(k) + ", (" + JavaTypes.scalar(k) + ") " + scalar + ")";
  }

  static String binary(BinaryKind op, String a, String b) {
    return switch (op) {
      case ADD -> a + ".add(" + b + ")";
      case SUB -> a + ".sub(" + b + ")";
      case MUL -> a + ".mul(" + b + ")";
      case DIV -> a + ".div(" + b + ")";
      case MAX -> a + ".max(" + b + ")";
      case MIN -> a + ".min(" + b + ")";
      case POW -> a + ".lanewise(VectorOperators.POW, " + b + ")";
      case AND -> a + ".and(" + b + ")";
      case OR -> a + ".or(" + b + ")";
      default -> throw new IllegalArgumentException(op + " has no vector form");
    };
  }

  static String reduceOperator(BinaryKind op) {
    return switch (op) {
      case ADD -> "VectorOperators.ADD";
      case MUL -> "VectorOperators.MUL";
      case MAX -> "VectorOperators.MAX";
      case MIN -> "VectorOperators.MIN";
      default -> throw new IllegalArgumentException(op + " is not a reduction");
    };
  }

  static String compare(CmpKind k, String a, String b) {
    return a + ".compare(VectorOperators." + k.name() + ", " + b + ")";
  }

  static String unary(UnaryKind k, ScalarKind kind, String x) {
    String one = broadcast(kind, "1");
    return switch (k) {
      case NEG -> x + ".neg()";
      case ABS -> x + ".abs()";
      case RELU -> x + ".max(" + broadcast(kind, "0") + ")";
      case SQUARE -> x + ".mul(" + x + ")";
      case EXP -> x + ".lanewise(VectorOperators.EXP)";
      case LOG -> x + ".lanewise(VectorOperators.LOG)";
      case SQRT -> x + ".sqrt()";
      case RSQRT -> one + ".div(" + x + ".sqrt())";
      case TANH -> x + ".lanewise(VectorOperators.TANH)";
      case SIGMOID -> one + ".div(" + one + ".add(" + x + ".neg().lanewise(VectorOperators.EXP)))";
      // 0.5 x (1 + tanh(u)) == x / (1 + exp(-2u)): one exp and one division instead of a tanh.
      case GELU -> x + ".div(" + one + ".add(" + x + ".mul(" + x + ").mul(" + x + ").mul("
          + broadcast(kind, "0.044715") + ").add(" + x + ").mul(" + broadcast(kind, "-1.5957691216057308")
          + ").lanewise(VectorOperators.EXP)))";
      case SIN -> x + ".lanewise(VectorOperators.SIN)";
      case COS -> x + ".lanewise(VectorOperators.COS)";
      case RECIPROCAL -> one + ".div(" + x + ")";
      case NOT -> x + ".not()";
      default -> throw new IllegalArgumentException(k + " has no vector form");
    };
  }
}
