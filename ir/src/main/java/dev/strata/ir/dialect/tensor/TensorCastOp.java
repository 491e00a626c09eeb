package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;

/** {@code tensor.cast(%x) {dtype = "i32"}}: {@code Tensor.to(DType)}. */
public final class TensorCastOp extends Operation implements Traits.Pure, Traits.Elementwise, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.cast";

  /** Creates the op from its state; used by the registry. */
  public TensorCastOp(OperationState state) {
    super(state);
  }

  /** Creates {@code x.to(dtype)}. */
  public static TensorCastOp create(OpBuilder b, Location loc, Value x, DType dtype, Type resultType) {
    return b.create(TensorCastOp.class, new OperationState(NAME, loc).operands(x)
        .attr("dtype", Attribute.of(dtype.irName())).results(resultType));
  }

  /** The target dtype. */
  public DType dtype() {
    return DType.fromIrName(stringAttr("dtype"));
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    return t == null ? Inferred.error(Message.RANK_MISMATCH, "to", "operand must be a tensor")
        : Inferred.of(t.withDType(dtype()));
  }
}
