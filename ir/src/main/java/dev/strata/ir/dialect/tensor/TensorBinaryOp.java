package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.diagnostic.Message;
import java.util.List;

/**
 * {@code tensor.add}, {@code sub}, {@code mul}, {@code div}, {@code pow}, {@code maximum},
 * {@code minimum}: elementwise arithmetic of two tensors of one dtype with NumPy broadcasting.
 */
public final class TensorBinaryOp extends Operation
    implements Traits.Pure, Traits.Elementwise, InferTypeOp {
  private final BinaryKind kind;

  /** Creates the op from its state; used by the registry. */
  public TensorBinaryOp(OperationState state) {
    super(state);
    this.kind = kindOf(state.name());
  }

  /** The op name for {@code kind}, which must have a tensor form. */
  public static String name(BinaryKind kind) {
    return "tensor." + kind.tensorName();
  }

  static BinaryKind kindOf(String name) {
    for (BinaryKind k : BinaryKind.values()) {
      if (k.tensorName() != null && name(k).equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** Creates {@code lhs kind rhs} with an inferred type; check {@link #infer()} for errors. */
  public static TensorBinaryOp create(OpBuilder b, Location loc, BinaryKind kind, Value lhs,
      Value rhs, Type resultType) {
    return b.create(TensorBinaryOp.class,
        new OperationState(name(kind), loc).operands(lhs, rhs).results(resultType));
  }

  /** The arithmetic. */
  public BinaryKind kind() {
    return kind;
  }

  @Override
  public Inferred infer() {
    return inferElementwise(kind.tensorName(), this, true);
  }

  /** Shared rule: operands of one dtype (BOOL refused when {@code arithmetic}), broadcast. */
  static Inferred inferElementwise(String opName, Operation op, boolean arithmetic) {
    Type.Tensor a = Shapes.tensor(op.operand(0).type());
    Type.Tensor b = Shapes.tensor(op.operand(1).type());
    if (a == null || b == null) {
      return Inferred.error(Message.RANK_MISMATCH, opName, "operands must be tensors");
    }
    if (a.dtype() != b.dtype()) {
      return Inferred.error(Message.DTYPE_MISMATCH, opName, a.dtype(), b.dtype());
    }
    if (arithmetic && a.dtype() == DType.BOOL) {
      return Inferred.error(Message.DTYPE_UNSUPPORTED, opName, DType.BOOL);
    }
    return Shapes.broadcastAll(opName, arithmetic ? a.dtype() : DType.BOOL, List.of(a, b));
  }

  @Override
  public String verify() {
    return operands().size() == 2 && results().size() == 1 ? null : name() + " takes two tensors";
  }
}
