package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Dim;
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

/**
 * {@code tensor.broadcast_to(%x) : tensor<...>}: NumPy's {@code broadcast_to}, the shape in the
 * result type. A source dim that is neither the target's nor 1 is checked at run time: it must
 * equal the target dim or be 1 ({@code M ~ N} and {@code bcast(M, N) == N}), and reads index 0
 * where it is 1.
 */
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
    int lead = out.rank() - in.rank();
    for (int i = 0; i < in.rank(); i++) {
      Dim from = in.dim(i);
      Dim to = out.dim(lead + i);
      if (from.equals(to) || from.is(1)) {
        continue;
      }
      if (from.isConst() && to.isConst()) {
        return Inferred.error(Message.SHAPE_MISMATCH, "broadcastTo", Type.formatShape(in.shape()),
            Type.formatShape(out.shape()));
      }
      // Decided at run time: equal, or the source dim 1 (and not the target's alone).
      constraints.add(new Inferred.Constraint(from, to, true));
      constraints.add(new Inferred.Constraint(Dim.apply(Dim.Op.BCAST, from, to), to));
    }
    return Inferred.of(out, constraints);
  }

  @Override
  public Object fold() {
    return operand(0).type().equals(result().type()) ? operand(0) : null; // broadcast_to(x : t) : t -> x
  }
}
