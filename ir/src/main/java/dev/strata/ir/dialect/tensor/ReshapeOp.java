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
import java.util.List;

/**
 * {@code tensor.reshape(%x) : tensor<f32[...]>}: the same elements in row-major order under the
 * result type's shape ({@code reshape}, {@code squeeze}, {@code unsqueeze}).
 */
public final class ReshapeOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.reshape";

  /** Creates the op from its state; used by the registry. */
  public ReshapeOp(OperationState state) {
    super(state);
  }

  /** Creates the reshape of {@code x} to {@code resultType}. */
  public static ReshapeOp create(OpBuilder b, Location loc, Value x, Type resultType) {
    return b.create(ReshapeOp.class, new OperationState(NAME, loc).operands(x).results(resultType));
  }

  /** Whether the two shapes differ only by dims of size 1 (a pure index remap). */
  public static boolean onlyUnitDims(List<Dim> a, List<Dim> b) {
    return a.stream().filter(d -> !d.is(1)).toList().equals(b.stream().filter(d -> !d.is(1)).toList());
  }

  @Override
  public Inferred infer() {
    Type.Tensor in = Shapes.tensor(operand(0).type());
    Type.Tensor out = Shapes.tensor(result().type());
    if (in == null || out == null || in.dtype() != out.dtype()) {
      return Inferred.error(Message.RANK_MISMATCH, "reshape", "operand and result must be tensors of one dtype");
    }
    Dim a = in.numel();
    Dim b = out.numel();
    if (a.equals(b) || onlyUnitDims(in.shape(), out.shape())) {
      return Inferred.of(out);
    }
    if (a.isConst() && b.isConst()) {
      return Inferred.error(Message.RESHAPE_MISMATCH, Type.formatShape(in.shape()), Type.formatShape(out.shape()));
    }
    return Inferred.of(out, List.of(new Inferred.Constraint(a, b)));
  }

  @Override
  public Object fold() {
    if (operand(0).type().equals(result().type())) {
      return operand(0); // reshape(x : t) : t -> x
    }
    return null;
  }
}
