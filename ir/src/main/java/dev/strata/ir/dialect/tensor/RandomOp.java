package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code tensor.random(%seed) {normal = false} : tensor<f32[N]>}: {@code Tensor.rand} or
 * {@code randn}. Deterministic in the seed (a counter-based stream), so it is pure.
 */
public final class RandomOp extends Operation implements dev.strata.ir.core.Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.random";

  /** Creates the op from its state; used by the registry. */
  public RandomOp(OperationState state) {
    super(state);
  }

  /** Creates a random tensor of {@code type} from the i64 {@code seed}. */
  public static Value create(OpBuilder b, Location loc, Value seed, boolean normal, Type.Tensor type) {
    return b.create(new OperationState(NAME, loc).operands(seed).attr("normal", Attribute.of(normal))
        .results(type)).result();
  }

  /** Whether the distribution is the standard normal (else uniform [0, 1)). */
  public boolean normal() {
    return boolAttr("normal");
  }

  @Override
  public Inferred infer() {
    return Inferred.of(result().type());
  }
}
