package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code tensor.fill {value = 1.0} : tensor<f32[N]>}: a tensor whose every element is a constant
 * ({@code zeros}, {@code ones}, {@code full}, {@code scalar}, the scalar overloads). The value is
 * a double, converted to the dtype like {@code Tensor.full}.
 */
public final class FillOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.fill";

  /** Creates the op from its state; used by the registry. */
  public FillOp(OperationState state) {
    super(state);
  }

  /** Creates a constant tensor of {@code type} filled with {@code value}. */
  public static Value create(OpBuilder b, Location loc, double value, Type.Tensor type) {
    return b.create(new OperationState(NAME, loc).attr("value", Attribute.of(value)).results(type)).result();
  }

  /** The fill value. */
  public double value() {
    return floatAttr("value");
  }

  @Override
  public Inferred infer() {
    return Inferred.of(result().type());
  }
}
