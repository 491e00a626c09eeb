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
 * (negative counts from the end, out of range clamps). A bound is an integer, or a size computed
 * from the input's symbolic dims, {@code end = dim((D / 2))}, which is never negative and clamps
 * to the axis like a non-negative integer.
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
    return create(b, loc, x, axis, Attribute.of(start), Attribute.of(end), resultType);
  }

  /**
   * Creates {@code x.slice(axis, start, end)} with a normalised axis, each bound an {@link
   * Attribute.IntAttr} or an {@link Attribute.DimAttr}.
   */
  public static SliceOp create(OpBuilder b, Location loc, Value x, int axis, Attribute start, Attribute end,
      Type resultType) {
    return b.create(SliceOp.class, new OperationState(NAME, loc).operands(x)
        .attr("axis", Attribute.of(axis)).attr("start", start).attr("end", end).results(resultType));
  }

  /** The sliced axis. */
  public int axis() {
    return (int) intAttr("axis");
  }

  /** The clamped start index for an axis of size {@code n}. */
  public Dim start(Dim n) {
    return clamp(attr("start"), n);
  }

  /** The clamped end index for an axis of size {@code n}. */
  public Dim end(Dim n) {
    return clamp(attr("end"), n);
  }

  private static Dim clamp(Attribute bound, Dim n) {
    return switch (bound) {
      case Attribute.DimAttr d -> Dim.apply(Dim.Op.MIN, d.dim(), n);
      case Attribute.IntAttr i -> clamp(i.value(), n);
      default -> throw new IllegalStateException("tensor.slice bound " + bound + " is not an integer or a dim");
    };
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
    for (String bound : new String[] {"start", "end"}) {
      if (!(attr(bound) instanceof Attribute.IntAttr || attr(bound) instanceof Attribute.DimAttr)) {
        return Inferred.error(Message.RANK_MISMATCH, "slice", "the " + bound + " must be an integer or a dim");
      }
    }
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
