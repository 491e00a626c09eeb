package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;

/** {@code tensor.yield(%r)}: ends a {@link GroupOp} body, giving its results. */
public final class YieldOp extends Operation implements Traits.Terminator {
  /** The op name. */
  public static final String NAME = "tensor.yield";

  /** Creates the op from its state; used by the registry. */
  public YieldOp(OperationState state) {
    super(state);
  }
}
