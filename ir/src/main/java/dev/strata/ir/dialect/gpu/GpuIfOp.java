package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.loop.YieldOp;

/**
 * {@code gpu.if(%cond) ({ ... loop.yield() })}: runs the body only in the threads where
 * {@code %cond} holds. Gives no values; barriers are not allowed inside.
 */
public final class GpuIfOp extends Operation {
  /** The op name. */
  public static final String NAME = "gpu.if";

  /** Creates the op from its state; used by the registry. */
  public GpuIfOp(OperationState state) {
    super(state);
  }

  /** Creates a conditional with an empty body. */
  public static GpuIfOp create(OpBuilder b, Location loc, Value cond) {
    return b.create(GpuIfOp.class, new OperationState(NAME, loc).operands(cond).region(new Block()));
  }

  /** The body. */
  public Block body() {
    return body(0);
  }

  @Override
  public String verify() {
    if (operands().size() != 1 || !operand(0).type().equals(Type.scalar(dev.strata.ir.core.ScalarKind.BOOL))) {
      return "gpu.if takes one bool";
    }
    return body().terminator() instanceof YieldOp y && y.operands().isEmpty()
        ? null : "gpu.if body must end with an empty loop.yield";
  }
}
