package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;

/** {@code gpu.return()}: ends a kernel. */
public final class GpuReturnOp extends Operation implements Traits.Terminator {
  /** The op name. */
  public static final String NAME = "gpu.return";

  /** Creates the op from its state; used by the registry. */
  public GpuReturnOp(OperationState state) {
    super(state);
  }

  /** Ends the current kernel body. */
  public static void create(OpBuilder b, Location loc) {
    b.create(new OperationState(NAME, loc));
  }

  @Override
  public String verify() {
    return operands().isEmpty() ? null : "gpu.return takes no operands";
  }
}
