package dev.strata.ir.dialect.loop;

import dev.strata.DType;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code %v = loop.load(%buf, %offset) : f32}: reads the element at a linear offset of a
 * row-major buffer. F16 and BF16 elements are widened to f32, which is what they compute in.
 */
public final class LoadOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.load";

  /** Creates the op from its state; used by the registry. */
  public LoadOp(OperationState state) {
    super(state);
  }

  /** The scalar kind that elements of {@code dtype} are computed in. */
  public static ScalarKind computeKind(DType dtype) {
    return dtype.isHalf() ? ScalarKind.F32 : ScalarKind.of(dtype);
  }

  /** Loads {@code buf[offset]}. */
  public static Value create(OpBuilder b, Location loc, Value buf, Value offset) {
    DType dt = ((Type.Buffer) buf.type()).dtype();
    return b.create(new OperationState(NAME, loc).operands(buf, offset)
        .results(Type.scalar(computeKind(dt)))).result();
  }

  /** The buffer. */
  public Value buffer() {
    return operand(0);
  }

  /** The linear offset. */
  public Value offset() {
    return operand(1);
  }

  @Override
  public String verify() {
    return operands().size() == 2 && operand(0).type() instanceof Type.Buffer
        && operand(1).type().equals(Type.index()) ? null : "loop.load takes a buffer and an index";
  }
}
