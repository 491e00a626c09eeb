package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
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
import java.util.Locale;

/**
 * {@code tensor.sum(%x) {axes = [1], keep_dim = true}} and {@code mean}, {@code max}, {@code min},
 * {@code argmax}: reduces the listed (non-negative, ascending) axes. Over an empty axis every
 * reduction gives its identity (0 for sums, -inf for {@code max}, 0 for {@code argmax}); where
 * Java throws for that ({@code max}, {@code min}, {@code argmax}), the front end puts a {@code
 * loop.check} at the call, guarded by the path that runs it.
 */
public final class ReduceOp extends Operation implements Traits.Pure, InferTypeOp {
  private final ReduceKind kind;

  /** Creates the op from its state; used by the registry. */
  public ReduceOp(OperationState state) {
    super(state);
    this.kind = ReduceKind.valueOf(state.name().substring("tensor.".length()).toUpperCase(Locale.ROOT));
  }

  /** The op name for {@code kind}. */
  public static String name(ReduceKind kind) {
    return "tensor." + kind.opName();
  }

  /** Creates the reduction of {@code axes} (already normalised). */
  public static ReduceOp create(OpBuilder b, Location loc, ReduceKind kind, Value x, List<Integer> axes,
      boolean keepDim, Type resultType) {
    return b.create(ReduceOp.class, new OperationState(name(kind), loc).operands(x)
        .attr("axes", Attribute.ints(axes)).attr("keep_dim", Attribute.of(keepDim)).results(resultType));
  }

  /** The reduction. */
  public ReduceKind kind() {
    return kind;
  }

  /** The reduced axes, ascending. */
  public List<Integer> axes() {
    return ((Attribute.ArrayAttr) attr("axes")).values().stream()
        .map(a -> (int) ((Attribute.IntAttr) a).value()).toList();
  }

  /** Whether reduced axes stay as size-1 dims. */
  public boolean keepDim() {
    return boolAttr("keep_dim");
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    if (t == null) {
      return Inferred.error(Message.RANK_MISMATCH, kind.opName(), "operand must be a tensor");
    }
    if (t.dtype() == DType.BOOL || (kind == ReduceKind.MEAN && !t.dtype().isFloating())) {
      return Inferred.error(Message.DTYPE_UNSUPPORTED, kind.opName(), t.dtype());
    }
    List<Integer> axes = axes();
    for (int a : axes) {
      if (a < 0 || a >= t.rank()) {
        return Inferred.error(Message.AXIS_OUT_OF_RANGE, kind.opName(), a, t.rank());
      }
    }
    List<Dim> shape = new ArrayList<>();
    for (int i = 0; i < t.rank(); i++) {
      if (!axes.contains(i)) {
        shape.add(t.dim(i));
      } else if (keepDim()) {
        shape.add(Dim.of(1));
      }
    }
    return Inferred.of(new Type.Tensor(kind == ReduceKind.ARGMAX ? DType.I32 : t.dtype(), shape));
  }

  @Override
  public Object fold() {
    // sum(x) {axes = []} -> x: reducing no axis (the full reduction of a rank-0 tensor) is x itself
    boolean noAxes = axes().isEmpty() && kind != ReduceKind.ARGMAX;
    return noAxes && operand(0).type().equals(result().type()) ? operand(0) : null;
  }
}
