package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.ConstantOp;

/**
 * The ops on which Java may throw while a kernel runs, which a {@code gpu.func} can only hold when
 * it {@linkplain GpuFuncOp#traps() traps}: an integer division or remainder whose divisor may be
 * zero, and an integer power whose exponent may be negative (zero to a negative power throws).
 */
public final class Traps {
  private Traps() {}

  /**
   * What Java may throw on when {@code op} runs, or {@code null} when it cannot throw.
   *
   * @param op any op
   * @return e.g. {@code "an integer div whose divisor may be zero"}, or null
   */
  public static String of(Operation op) {
    if (!(op instanceof ArithBinaryOp b) || !isWrapping(b.scalarKind())) {
      return null;
    }
    return switch (b.kind()) {
      case DIV, REM -> hasHarmlessDivisor(b) ? null
          : "an integer " + b.kind().arithName() + " whose divisor may be zero";
      case POW -> b.scalarKind() != ScalarKind.I64 && !hasNaturalExponent(b)
          ? "an integer pow whose exponent may be negative" : null;
      default -> null;
    };
  }

  /**
   * Whether {@code op}, an integer division or remainder, divides by a constant other than 0 and
   * -1: it can neither throw nor overflow, so a device computes it as Java does (both truncate
   * toward zero, and a remainder takes the dividend's sign).
   *
   * @param op an integer division or remainder
   * @return whether its divisor is such a constant
   */
  public static boolean hasHarmlessDivisor(ArithBinaryOp op) {
    return ConstantOp.valueOf(op.operand(1)) instanceof Attribute.IntAttr c
        && c.value() != 0 && c.value() != -1;
  }

  /** Whether {@code op}'s exponent is a constant of at least zero. */
  private static boolean hasNaturalExponent(ArithBinaryOp op) {
    return ConstantOp.valueOf(op.operand(1)) instanceof Attribute.IntAttr c && c.value() >= 0;
  }

  /** The integer kinds of Java's values, which wrap; index arithmetic never divides by zero. */
  private static boolean isWrapping(ScalarKind kind) {
    return kind == ScalarKind.I8 || kind == ScalarKind.I32 || kind == ScalarKind.I64;
  }
}
