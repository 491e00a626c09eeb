package dev.strata.processor.frontend;

import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ScalarSemantics;

/**
 * What a Java expression of a kernel body evaluates to at compile time: an SSA value (tensor or
 * scalar), a compile-time constant not yet materialised as an op, a {@code DType} constant, or
 * {@link Poison} when the expression already had an error (so that nothing downstream reports a
 * follow-on error).
 */
public sealed interface Operand
    permits Operand.Poison, Operand.Unassigned, Operand.Constant, Operand.Scalar,
        Operand.TensorValue, Operand.DTypeConstant {

  /** An expression whose error was reported; anything computed from it is poison too. */
  enum Poison implements Operand {
    /** The one poison value. */
    INSTANCE
  }

  /** A local declared without an initializer and not yet assigned. */
  enum Unassigned implements Operand {
    /** The one marker. */
    INSTANCE
  }

  /**
   * A compile-time constant of a Java primitive type, held as an {@link Attribute} with
   * {@link ScalarSemantics}'s conventions.
   *
   * @param kind the Java type: bool, i32, i64, f32 or f64
   * @param value the value, already converted to {@code kind}
   */
  record Constant(ScalarKind kind, Attribute value) implements Operand {
    /** The constant {@code value} converted to {@code kind} with Java's casts. */
    public static Constant of(ScalarKind kind, Attribute value) {
      return new Constant(kind, ScalarSemantics.cast(value, kind));
    }

    /** A boolean constant. */
    public static Constant of(boolean value) {
      return new Constant(ScalarKind.BOOL, Attribute.of(value));
    }

    /** Whether this is an integer (i32 or i64) constant. */
    public boolean isInteger() {
      return kind.isInteger();
    }

    /** The value as a long; for integer and boolean constants. */
    public long longValue() {
      return value instanceof Attribute.IntAttr i ? i.value()
          : (long) ScalarSemantics.asDouble(value);
    }

    /** The value as a double. */
    public double doubleValue() {
      return ScalarSemantics.asDouble(value);
    }

    /** Whether this is the boolean {@code true}. */
    public boolean isTrue() {
      return value instanceof Attribute.BoolAttr b && b.value();
    }

    /** The value as a dim, or null when it is not a non-negative integer. */
    public Dim dim() {
      return isInteger() && longValue() >= 0 ? Dim.of(longValue()) : null;
    }
  }

  /**
   * A scalar computed at run time.
   *
   * @param value the SSA value
   * @param dim the dim expression it is known to equal ({@code x.dim(0)}, {@code numel()} and
   *     arithmetic of those), or null
   * @param clamped whether the dim may differ from the Java value: it subtracts, and Java's
   *     difference may be negative where a size's is 0
   */
  record Scalar(Value value, Dim dim, boolean clamped) implements Operand {
    /** A scalar whose dim, if any, is its exact value. */
    Scalar(Value value, Dim dim) {
      this(value, dim, false);
    }

    /** The scalar kind. */
    public ScalarKind kind() {
      return ((Type.Scalar) value.type()).kind();
    }
  }

  /**
   * A tensor.
   *
   * @param value the SSA value, of a {@link Type.Tensor} type
   */
  record TensorValue(Value value) implements Operand {
    /** The tensor type. */
    public Type.Tensor type() {
      return (Type.Tensor) value.type();
    }
  }

  /**
   * A {@code DType.X} constant, which only factories and {@code to(DType)} consume.
   *
   * @param dtype the dtype
   */
  record DTypeConstant(DType dtype) implements Operand {}

  /** The scalar kind of a constant or run-time scalar, else null. */
  static ScalarKind scalarKind(Operand o) {
    return switch (o) {
      case Constant c -> c.kind();
      case Scalar s -> s.kind();
      default -> null;
    };
  }

  /** Whether {@code o}'s dim may differ from its Java value ({@link Scalar#clamped}). */
  static boolean clamped(Operand o) {
    return o instanceof Scalar s && s.clamped();
  }

  /** The dim a scalar is known to equal, or null. */
  static Dim dimOf(Operand o) {
    return switch (o) {
      case Constant c -> c.dim();
      case Scalar s -> s.dim();
      default -> null;
    };
  }
}
