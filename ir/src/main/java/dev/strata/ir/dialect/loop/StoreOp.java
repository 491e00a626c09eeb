package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code loop.store(%v, %buf, %offset)}: writes an element at a linear offset, rounding to the
 * buffer's dtype (f32 to F16 or BF16, i32 to I8 by wrapping).
 */
public final class StoreOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.store";

  /** Creates the op from its state; used by the registry. */
  public StoreOp(OperationState state) {
    super(state);
  }

  /** Stores {@code v} at {@code buf[offset]}. */
  public static void create(OpBuilder b, Location loc, Value v, Value buf, Value offset) {
    b.create(new OperationState(NAME, loc).operands(v, buf, offset));
  }

  /** The stored value. */
  public Value value() {
    return operand(0);
  }

  /** The buffer. */
  public Value buffer() {
    return operand(1);
  }

  /** The linear offset. */
  public Value offset() {
    return operand(2);
  }

  @Override
  public String verify() {
    return operands().size() == 3 && operand(0).type() instanceof Type.Scalar
        && operand(1).type() instanceof Type.Buffer && operand(2).type().equals(Type.index())
        ? null : "loop.store takes a scalar, a buffer and an index";
  }
}
