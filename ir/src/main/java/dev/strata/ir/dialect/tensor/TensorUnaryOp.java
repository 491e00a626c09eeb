package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.UnaryKind;
import dev.strata.ir.diagnostic.Message;
import java.util.Locale;

/** {@code tensor.exp} and the other {@link UnaryKind}s, elementwise. */
public final class TensorUnaryOp extends Operation
    implements Traits.Pure, Traits.Elementwise, InferTypeOp {
  private final UnaryKind kind;

  /** Creates the op from its state; used by the registry. */
  public TensorUnaryOp(OperationState state) {
    super(state);
    this.kind = UnaryKind.valueOf(state.name().substring("tensor.".length()).toUpperCase(Locale.ROOT));
  }

  /** The op name for {@code kind}. */
  public static String name(UnaryKind kind) {
    return "tensor." + kind.opName();
  }

  /** Creates {@code kind(x)}. */
  public static TensorUnaryOp create(OpBuilder b, Location loc, UnaryKind kind, Value x, Type resultType) {
    return b.create(TensorUnaryOp.class,
        new OperationState(name(kind), loc).operands(x).results(resultType));
  }

  /** The function. */
  public UnaryKind kind() {
    return kind;
  }

  @Override
  public Inferred infer() {
    Type.Tensor t = Shapes.tensor(operand(0).type());
    if (t == null) {
      return Inferred.error(Message.RANK_MISMATCH, kind.opName(), "operand must be a tensor");
    }
    if (t.dtype() == DType.BOOL || (!kind.acceptsIntegers() && !t.dtype().isFloating())) {
      return Inferred.error(Message.DTYPE_UNSUPPORTED, kind.opName(), t.dtype());
    }
    return Inferred.of(t);
  }
}
