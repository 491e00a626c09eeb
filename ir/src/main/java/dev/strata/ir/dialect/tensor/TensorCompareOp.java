package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.CmpKind;
import java.util.Locale;

/** {@code tensor.lt}, {@code le}, {@code gt}, {@code ge}, {@code eq}, {@code ne}: elementwise comparison giving BOOL. */
public final class TensorCompareOp extends Operation
    implements Traits.Pure, Traits.Elementwise, InferTypeOp {
  private final CmpKind kind;

  /** Creates the op from its state; used by the registry. */
  public TensorCompareOp(OperationState state) {
    super(state);
    this.kind = CmpKind.valueOf(state.name().substring("tensor.".length()).toUpperCase(Locale.ROOT));
  }

  /** The op name for {@code kind}. */
  public static String name(CmpKind kind) {
    return "tensor." + kind.opName();
  }

  /** Creates the comparison with the given result type. */
  public static TensorCompareOp create(OpBuilder b, Location loc, CmpKind kind, Value lhs,
      Value rhs, Type resultType) {
    return b.create(TensorCompareOp.class,
        new OperationState(name(kind), loc).operands(lhs, rhs).results(resultType));
  }

  /** The comparison. */
  public CmpKind kind() {
    return kind;
  }

  @Override
  public Inferred infer() {
    return TensorBinaryOp.inferElementwise(kind.opName(), this, false);
  }
}
