package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;
import java.util.List;

/** {@code tensor.where(%cond, %a, %b)}: elementwise choice, all three broadcast. */
public final class WhereOp extends Operation implements Traits.Pure, Traits.Elementwise, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.where";

  /** Creates the op from its state; used by the registry. */
  public WhereOp(OperationState state) {
    super(state);
  }

  /** Creates the op with the given result type. */
  public static WhereOp create(OpBuilder b, Location loc, Value cond, Value x, Value y, Type resultType) {
    return b.create(WhereOp.class, new OperationState(NAME, loc).operands(cond, x, y).results(resultType));
  }

  @Override
  public Inferred infer() {
    Type.Tensor c = Shapes.tensor(operand(0).type());
    Type.Tensor a = Shapes.tensor(operand(1).type());
    Type.Tensor b = Shapes.tensor(operand(2).type());
    if (c == null || a == null || b == null) {
      return Inferred.error(Message.RANK_MISMATCH, "where", "operands must be tensors");
    }
    if (c.dtype() != DType.BOOL) {
      return Inferred.error(Message.DTYPE_UNSUPPORTED, "where (condition)", c.dtype());
    }
    if (a.dtype() != b.dtype()) {
      return Inferred.error(Message.DTYPE_MISMATCH, "where", a.dtype(), b.dtype());
    }
    return Shapes.broadcastAll("where", a.dtype(), List.of(c, a, b));
  }
}
