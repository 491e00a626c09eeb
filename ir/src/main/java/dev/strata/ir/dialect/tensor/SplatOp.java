package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;

/**
 * {@code tensor.splat(%s) : tensor<f32[]>}: a tensor whose every element is the run-time scalar
 * {@code %s}, converted to the dtype with Java's cast rules (a kernel's scalar parameter used as
 * an operand, {@code Tensor.full(dtype, alpha, ...)}).
 */
public final class SplatOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.splat";

  /** Creates the op from its state; used by the registry. */
  public SplatOp(OperationState state) {
    super(state);
  }

  /** Creates the splat of {@code scalar} into {@code type}. */
  public static Value create(OpBuilder b, Location loc, Value scalar, Type.Tensor type) {
    return b.create(new OperationState(NAME, loc).operands(scalar).results(type)).result();
  }

  @Override
  public Inferred infer() {
    return operand(0).type() instanceof Type.Scalar
        ? Inferred.of(result().type())
        : Inferred.error(Message.RANK_MISMATCH, "splat", "operand must be a scalar");
  }
}
