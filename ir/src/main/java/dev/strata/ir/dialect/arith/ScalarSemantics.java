package dev.strata.ir.dialect.arith;

import dev.strata.internal.IntegerArithmetic;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.ScalarKind;

/**
 * Java's arithmetic on scalars of each {@link ScalarKind}, used to fold constants: integers wrap
 * like {@code int}, {@code byte} and {@code long}, floats round like {@code float}. Values travel
 * as {@link Attribute}s: {@code IntAttr} for integers and index, {@code FloatAttr} for floats,
 * {@code BoolAttr} for bool.
 */
public final class ScalarSemantics {
  private ScalarSemantics() {}

  /** The attribute holding {@code v} converted to {@code kind} with Java's cast rules. */
  public static Attribute cast(Attribute v, ScalarKind kind) {
    return switch (v) {
      case Attribute.BoolAttr b -> ofLong(b.value() ? 1 : 0, kind);
      case Attribute.IntAttr i -> ofLong(i.value(), kind);
      case Attribute.FloatAttr f -> ofDouble(f.value(), kind);
      default -> throw new IllegalArgumentException("not a scalar constant: " + v);
    };
  }

  /** {@code v} as an attribute of {@code kind}, wrapping or rounding like a Java cast. */
  public static Attribute ofLong(long v, ScalarKind kind) {
    return switch (kind) {
      case BOOL -> Attribute.of(v != 0);
      case I8 -> Attribute.of((long) (byte) v);
      case I32 -> Attribute.of((long) (int) v);
      case I64, INDEX -> Attribute.of(v);
      case F32 -> Attribute.of((double) (float) v);
      case F16, BF16 -> Attribute.of(roundHalf((float) v, kind));
      case F64 -> Attribute.of((double) v);
    };
  }

  /** {@code v} as an attribute of {@code kind}, converting like a Java cast. */
  public static Attribute ofDouble(double v, ScalarKind kind) {
    return switch (kind) {
      case BOOL -> Attribute.of(v != 0);
      case I8 -> Attribute.of((long) (byte) (int) v);
      case I32 -> Attribute.of((long) (int) v);
      case I64, INDEX -> Attribute.of((long) v);
      case F32 -> Attribute.of((double) (float) v);
      case F16, BF16 -> Attribute.of(roundHalf((float) v, kind));
      case F64 -> Attribute.of(v);
    };
  }

  /** {@code f} rounded to the nearest F16 or BF16 value (ties to even), as a float. */
  public static float roundHalf(float f, ScalarKind kind) {
    if (kind == ScalarKind.F16) {
      return Float.float16ToFloat(Float.floatToFloat16(f));
    }
    if (Float.isNaN(f)) {
      return f;
    }
    int bits = Float.floatToRawIntBits(f);
    int rounded = (bits + 0x7FFF + ((bits >>> 16) & 1)) & 0xFFFF0000;
    return Float.intBitsToFloat(rounded);
  }

  /** The numeric value of a constant, as a double. */
  public static double asDouble(Attribute v) {
    return switch (v) {
      case Attribute.BoolAttr b -> b.value() ? 1 : 0;
      case Attribute.IntAttr i -> i.value();
      case Attribute.FloatAttr f -> f.value();
      default -> throw new IllegalArgumentException("not a scalar constant: " + v);
    };
  }

  /** {@code a op b} on {@code kind}, or null when Java would throw (integer division by zero). */
  public static Attribute binary(BinaryKind op, ScalarKind kind, Attribute a, Attribute b) {
    if (kind == ScalarKind.BOOL) {
      boolean x = asDouble(a) != 0;
      boolean y = asDouble(b) != 0;
      return switch (op) {
        case AND -> Attribute.of(x & y);
        case OR -> Attribute.of(x | y);
        case XOR -> Attribute.of(x ^ y);
        default -> null;
      };
    }
    if (kind.isInteger()) {
      long x = ((Attribute.IntAttr) a).value();
      long y = ((Attribute.IntAttr) b).value();
      if ((op == BinaryKind.DIV || op == BinaryKind.REM) && y == 0 || op == BinaryKind.POW && x == 0 && y < 0) {
        return null; // throws at run time, as Java does
      }
      boolean narrow = kind == ScalarKind.I32 || kind == ScalarKind.I8;
      long r = switch (op) {
        case ADD -> x + y;
        case SUB -> x - y;
        case MUL -> x * y;
        case DIV -> narrow ? (int) x / (int) y : x / y;
        case REM -> narrow ? (int) x % (int) y : x % y;
        case MAX -> Math.max(x, y);
        case MIN -> Math.min(x, y);
        case POW -> narrow ? IntegerArithmetic.pow((int) x, (int) y) : (long) Math.pow(x, y);
        case AND -> x & y;
        case OR -> x | y;
        case XOR -> x ^ y;
      };
      return ofLong(r, kind);
    }
    double x = asDouble(a);
    double y = asDouble(b);
    double r = switch (op) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> x / y;
      case REM -> x % y;
      case MAX -> Math.max(x, y);
      case MIN -> Math.min(x, y);
      case POW -> Math.pow(x, y);
      case AND, OR, XOR -> Double.NaN;
    };
    return op == BinaryKind.AND || op == BinaryKind.OR || op == BinaryKind.XOR
        ? null : ofDouble(r, kind);
  }
}
