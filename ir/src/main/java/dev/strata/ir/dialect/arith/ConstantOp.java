package dev.strata.ir.dialect.arith;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/** {@code arith.constant {value = ...} : kind}: a scalar constant. */
public final class ConstantOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "arith.constant";

  /** Creates the op from its state; used by the registry. */
  public ConstantOp(OperationState state) {
    super(state);
  }

  /** Creates a constant of {@code kind} holding {@code value} (converted with Java's casts). */
  public static Value create(OpBuilder b, Location loc, ScalarKind kind, Attribute value) {
    return b.create(new OperationState(NAME, loc).results(Type.scalar(kind))
        .attr("value", ScalarSemantics.cast(value, kind))).result();
  }

  /** An index constant. */
  public static Value index(OpBuilder b, Location loc, long v) {
    return create(b, loc, ScalarKind.INDEX, Attribute.of(v));
  }

  /** The constant. */
  public Attribute value() {
    return attr("value");
  }

  /** The kind of the constant. */
  public ScalarKind kind() {
    return ((Type.Scalar) result().type()).kind();
  }

  /** The value of {@code v} if it is defined by an {@code arith.constant}, else null. */
  public static Attribute valueOf(Value v) {
    return v.definingOp() instanceof ConstantOp c ? c.value() : null;
  }

  @Override
  public String verify() {
    if (results().size() != 1 || !(result().type() instanceof Type.Scalar s)) {
      return "arith.constant has one scalar result";
    }
    Attribute v = value();
    boolean ok = switch (s.kind()) {
      case BOOL -> v instanceof Attribute.BoolAttr;
      case I8, I32, I64, INDEX -> v instanceof Attribute.IntAttr;
      default -> v instanceof Attribute.FloatAttr;
    };
    return ok ? null : "arith.constant value " + v + " does not fit type " + s;
  }
}
