package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.util.List;

/**
 * {@code %v, %i = gpu.group_argmax(%value, %index) : f32, i32}: finds, over one (value, index)
 * pair from every thread of the work-group, the pair with the greatest value, a NaN counting as
 * greater than any number and ties going to the smaller index, and gives it to every thread. This
 * is how an {@code argmax} row (first maximum, a NaN wins) is finished once each thread has
 * scanned its share in increasing index order. Every thread must reach it;
 * {@code lower-group-reductions} expands it into a tree in local memory.
 */
public final class GroupArgmaxOp extends Operation {
  /** The op name. */
  public static final String NAME = "gpu.group_argmax";

  /** Creates the op from its state; used by the registry. */
  public GroupArgmaxOp(OperationState state) {
    super(state);
  }

  /** The best of every thread's {@code (value, index)}: the results are the value and the index. */
  public static GroupArgmaxOp create(OpBuilder b, Location loc, Value value, Value index) {
    return b.create(GroupArgmaxOp.class, new OperationState(NAME, loc).operands(value, index)
        .results(value.type(), index.type()));
  }

  @Override
  public String verify() {
    if (operands().size() != 2 || results().size() != 2 || !(operand(0).type() instanceof Type.Scalar)
        || !operand(1).type().equals(new Type.Scalar(ScalarKind.I32))
        || !results().get(0).type().equals(operand(0).type())
        || !results().get(1).type().equals(operand(1).type())) {
      return "gpu.group_argmax takes a scalar value and an i32 index and gives the same two types";
    }
    if (List.of(ScalarKind.BOOL, ScalarKind.I64, ScalarKind.INDEX)
        .contains(((Type.Scalar) operand(0).type()).kind())) {
      return "gpu.group_argmax cannot order values of type " + operand(0).type();
    }
    if (ancestor(GpuIfOp.class).isPresent()) {
      return "gpu.group_argmax must not sit inside gpu.if: every thread must reach it";
    }
    return ancestor(GpuFuncOp.class).isPresent() ? null : "gpu.group_argmax is only valid inside gpu.func";
  }
}
