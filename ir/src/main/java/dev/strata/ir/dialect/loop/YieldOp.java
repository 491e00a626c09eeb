package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Value;
import java.util.List;

/** {@code loop.yield(%v...)}: ends a loop body, giving the next carried values. */
public final class YieldOp extends Operation implements Traits.Terminator {
  /** The op name. */
  public static final String NAME = "loop.yield";

  /** Creates the op from its state; used by the registry. */
  public YieldOp(OperationState state) {
    super(state);
  }

  /** Ends the current block with {@code values}. */
  public static void create(OpBuilder b, Location loc, List<Value> values) {
    b.create(new OperationState(NAME, loc).operands(values));
  }
}
