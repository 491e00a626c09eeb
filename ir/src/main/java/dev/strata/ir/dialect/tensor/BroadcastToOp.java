package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;

/** {@code tensor.broadcast_to(%x) : tensor<...>}: NumPy's {@code broadcast_to}, the shape in the result type. */
public final class BroadcastToOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.broadcast_to";

  /** Creates the op from its state; used by the registry. */
  public BroadcastToOp(OperationState state) {
    super(state);
  }

  /** Creates the broadcast of {@code x} to {@code resultType}. */
  public static BroadcastToOp create(OpBuilder b, Location loc, Value x, Type resultType) {
    return b.create(BroadcastToOp.class, new OperationState(NAME, loc).operands(x).results(resultType));
  }

  @Override
  public Inferred infer() {
    Type.Tensor in = Shapes.tensor(operand(0).type());
    Type.Tensor out = Shapes.tensor(result().type());
    if (in == null || out == null || in.dtype() != out.dtype() || in.rank() > out.rank()) {
      return Inferred.error(Message.SHAPE_MISMATCH, "broadcastTo",
          in == null ? "?" : Type.formatShape(in.shape()), out == null ? "?" : Type.formatShape(out.shape()));
    }
    List<Inferred.Constraint> constraints = new ArrayList<>();
    List<dev.strata.ir.core.Dim> b = Shapes.broadcast(in.shape(), out.shape(), constraints);
    if (b == null || !b.equals(out.shape())) {
      return Inferred.error(Message.SHAPE_MISMATCH, "broadcastTo", Type.formatShape(in.shape()),
          Type.formatShape(out.shape()));
    }
    return Inferred.of(out, constraints);
  }

  @Override
  public Object fold() {
    return operand(0).type().equals(result().type()) ? operand(0) : null; // broadcast_to(x : t) : t -> x
  }
}
