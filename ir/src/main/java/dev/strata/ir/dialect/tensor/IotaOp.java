package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/** {@code tensor.iota : tensor<f32[n]>}: {@code 0, 1, ..., n-1} ({@code Tensor.arange}). */
public final class IotaOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.iota";

  /** Creates the op from its state; used by the registry. */
  public IotaOp(OperationState state) {
    super(state);
  }

  /** Creates {@code arange} of {@code type}, which must have rank 1. */
  public static Value create(OpBuilder b, Location loc, Type.Tensor type) {
    return b.create(new OperationState(NAME, loc).results(type)).result();
  }

  @Override
  public Inferred infer() {
    return Inferred.of(result().type());
  }
}
