package dev.strata.ir.dialect.builtin;

import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;

/** {@code func.return}: ends a function, giving its results. */
public final class ReturnOp extends Operation implements Traits.Terminator {
  /** The op name. */
  public static final String NAME = "func.return";

  /** Creates the op from its state; used by the registry. */
  public ReturnOp(OperationState state) {
    super(state);
  }
}
