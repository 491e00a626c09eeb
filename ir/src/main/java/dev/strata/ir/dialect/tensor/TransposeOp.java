package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Attribute;
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

/** {@code tensor.transpose(%x) {perm = [1, 0]}}: result axis i is input axis perm[i]. */
public final class TransposeOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.transpose";

  /** Creates the op from its state; used by the registry. */
  public TransposeOp(OperationState state) {
    super(state);
  }

  /** Creates the permutation of {@code x}. */
  public static TransposeOp create(OpBuilder b, Location loc, Value x, List<Integer> perm, Type resultType) {
    return b.create(TransposeOp.class, new OperationState(NAME, loc).operands(x)
        .attr("perm", Attribute.ints(perm)).results(resultType));
  }

  /** The permutation. */
  public List<Integer> perm() {
    return ((Attribute.ArrayAttr) attr("perm")).values().stream()
        .map(a -> (int) ((Attribute.IntAttr) a).value()).toList();
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    List<Integer> perm = perm();
    if (t == null || perm.size() != t.rank() || perm.stream().distinct().count() != perm.size()) {
      return Inferred.error(Message.RANK_MISMATCH, "transpose", "bad permutation " + perm);
    }
    List<Dim> out = new ArrayList<>();
    for (int p : perm) {
      if (p < 0 || p >= t.rank()) {
        return Inferred.error(Message.AXIS_OUT_OF_RANGE, "transpose", p, t.rank());
      }
      out.add(t.dim(p));
    }
    return Inferred.of(new Type.Tensor(t.dtype(), out));
  }

  @Override
  public Object fold() {
    List<Integer> perm = perm();
    for (int i = 0; i < perm.size(); i++) {
      if (perm.get(i) != i) {
        return null;
      }
    }
    return operand(0); // transpose(x, identity) -> x
  }
}
