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

/**
 * {@code arith.select(%cond, %a, %b)}: {@code cond ? a : b}. The condition is a bool scalar;
 * {@code a} and {@code b} may be scalars or tensors of one type (a kernel's {@code if} on a
 * scalar condition merges tensor values with it).
 */
public final class SelectOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "arith.select";

  /** Creates the op from its state; used by the registry. */
  public SelectOp(OperationState state) {
    super(state);
  }

  /** Creates {@code cond ? a : b}. */
  public static Value create(OpBuilder b, Location loc, Value cond, Value ifTrue, Value ifFalse) {
    return b.create(new OperationState(NAME, loc).operands(cond, ifTrue, ifFalse)
        .results(ifTrue.type())).result();
  }

  @Override
  public String verify() {
    if (operands().size() != 3 || !operand(0).type().equals(Type.scalar(ScalarKind.BOOL))) {
      return "arith.select takes a bool condition and two values";
    }
    if (!operand(1).type().equals(operand(2).type()) || !operand(1).type().equals(result().type())) {
      return "arith.select branches have types " + operand(1).type() + " and " + operand(2).type();
    }
    return null;
  }

  @Override
  public Object fold() {
    if (ConstantOp.valueOf(operand(0)) instanceof Attribute.BoolAttr c) {
      return c.value() ? operand(1) : operand(2); // select(true, a, b) -> a
    }
    if (operand(1) == operand(2)) {
      return operand(1); // select(c, a, a) -> a
    }
    return null;
  }
}
