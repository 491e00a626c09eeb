package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;

/** {@code tensor.dim(%t) {axis = 1} : i64}: the size of one axis ({@code Tensor.dim}). */
public final class DimOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.dim";

  /** Creates the op from its state; used by the registry. */
  public DimOp(OperationState state) {
    super(state);
  }

  /** Creates {@code t.dim(axis)} for a normalised axis. */
  public static Value create(OpBuilder b, Location loc, Value t, int axis) {
    return b.create(new OperationState(NAME, loc).operands(t).attr("axis", Attribute.of(axis))
        .results(Type.scalar(ScalarKind.I64))).result();
  }

  /** The axis. */
  public int axis() {
    return (int) intAttr("axis");
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    if (t == null || axis() < 0 || axis() >= t.rank()) {
      return Inferred.error(Message.AXIS_OUT_OF_RANGE, "dim", axis(), t == null ? 0 : t.rank());
    }
    return Inferred.of(Type.scalar(ScalarKind.I64));
  }

  @Override
  public Object fold() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    return t != null && axis() < t.rank() && t.dim(axis()).isConst()
        ? Attribute.of(t.dim(axis()).value()) : null; // dim of a fixed axis -> constant
  }
}
