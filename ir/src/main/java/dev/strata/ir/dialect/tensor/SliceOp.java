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

/**
 * {@code tensor.slice(%x) {axis = 0, start = 1, end = -1}}: Python slice semantics on one axis
 * (negative counts from the end, out of range clamps).
 */
public final class SliceOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.slice";

  /** Creates the op from its state; used by the registry. */
  public SliceOp(OperationState state) {
    super(state);
  }

  /** Creates {@code x.slice(axis, start, end)} with a normalised axis. */
  public static SliceOp create(OpBuilder b, Location loc, Value x, int axis, long start, long end, Type resultType) {
    return b.create(SliceOp.class, new OperationState(NAME, loc).operands(x)
        .attr("axis", Attribute.of(axis)).attr("start", Attribute.of(start)).attr("end", Attribute.of(end))
        .results(resultType));
  }

  /** The sliced axis. */
  public int axis() {
    return (int) intAttr("axis");
  }

  /** The clamped start index for an axis of size {@code n}. */
  public Dim start(Dim n) {
    return clamp(intAttr("start"), n);
  }

  /** The clamped end index for an axis of size {@code n}. */
  public Dim end(Dim n) {
    return clamp(intAttr("end"), n);
  }

  private static Dim clamp(long index, Dim n) {
    // Dims fit in an int, so bounds beyond +-Integer.MAX_VALUE clamp the same as that bound does;
    // limiting them keeps -i from overflowing and every constant an int in generated code.
    long i = Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, index));
    if (i >= 0) {
      return Dim.apply(Dim.Op.MIN, Dim.of(i), n);
    }
    return Dim.apply(Dim.Op.SUB, n, Dim.apply(Dim.Op.MIN, Dim.of(-i), n)); // max(n + i, 0)
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    if (t == null) {
      return Inferred.error(Message.RANK_MISMATCH, "slice", "operand must be a tensor");
    }
    int axis = axis();
    if (axis < 0 || axis >= t.rank()) {
      return Inferred.error(Message.AXIS_OUT_OF_RANGE, "slice", axis, t.rank());
    }
    Dim n = t.dim(axis);
    Dim size = Dim.apply(Dim.Op.SUB, end(n), Dim.apply(Dim.Op.MIN, start(n), end(n)));
    List<Dim> out = new ArrayList<>(t.shape());
    out.set(axis, size);
    return Inferred.of(new Type.Tensor(t.dtype(), out));
  }
}
