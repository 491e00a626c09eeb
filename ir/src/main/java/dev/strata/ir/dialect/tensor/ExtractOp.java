package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;
import java.util.List;

/**
 * {@code tensor.extract(%t, %i, %j) : f64}: one element as a double ({@code item()} with no
 * indices, {@code get(i, j)}); indices are i64 and checked at run time.
 */
public final class ExtractOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.extract";

  /** Creates the op from its state; used by the registry. */
  public ExtractOp(OperationState state) {
    super(state);
  }

  /** Creates the extraction of {@code t} at {@code indices}. */
  public static Value create(OpBuilder b, Location loc, Value t, List<Value> indices) {
    return b.create(new OperationState(NAME, loc).operands(t).operands(indices)
        .results(Type.scalar(ScalarKind.F64))).result();
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    int n = operands().size() - 1;
    if (t == null || (n != t.rank() && !(n == 0))) {
      return Inferred.error(Message.RANK_MISMATCH, "get", "expects " + (t == null ? "?" : t.rank())
          + " indices, got " + n);
    }
    return Inferred.of(Type.scalar(ScalarKind.F64));
  }
}
