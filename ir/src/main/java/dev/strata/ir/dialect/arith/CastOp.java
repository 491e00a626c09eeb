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

/** {@code arith.cast(%x) : kind}: converts a scalar with Java's cast rules ({@code x != 0} to bool). */
public final class CastOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "arith.cast";

  /** Creates the op from its state; used by the registry. */
  public CastOp(OperationState state) {
    super(state);
  }

  /** Converts {@code x} to {@code kind}; returns {@code x} when it already has that kind. */
  public static Value create(OpBuilder b, Location loc, Value x, ScalarKind kind) {
    if (x.type().equals(Type.scalar(kind))) {
      return x;
    }
    return b.create(new OperationState(NAME, loc).operands(x).results(Type.scalar(kind))).result();
  }

  /** The target kind. */
  public ScalarKind kind() {
    return ((Type.Scalar) result().type()).kind();
  }

  @Override
  public String verify() {
    return operands().size() == 1 && operand(0).type() instanceof Type.Scalar
        && result().type() instanceof Type.Scalar ? null : "arith.cast converts one scalar";
  }

  @Override
  public Object fold() {
    Attribute a = ConstantOp.valueOf(operand(0));
    if (a != null) {
      return ScalarSemantics.cast(a, kind()); // cast(constant) -> constant
    }
    if (operand(0).type().equals(result().type())) {
      return operand(0); // cast(x : t) : t -> x
    }
    return null;
  }
}
