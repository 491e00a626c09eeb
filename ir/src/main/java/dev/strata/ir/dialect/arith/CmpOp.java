package dev.strata.ir.dialect.arith;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/** {@code arith.lt} and the other {@link CmpKind}s: compares two scalars of one kind. */
public final class CmpOp extends Operation implements Traits.Pure {
  private final CmpKind kind;

  /** Creates the op from its state; used by the registry. */
  public CmpOp(OperationState state) {
    super(state);
    this.kind = CmpKind.valueOf(state.name().substring("arith.".length()).toUpperCase(java.util.Locale.ROOT));
  }

  /** The op name for {@code kind}. */
  public static String name(CmpKind kind) {
    return "arith." + kind.opName();
  }

  /** Creates {@code lhs kind rhs}. */
  public static Value create(OpBuilder b, Location loc, CmpKind kind, Value lhs, Value rhs) {
    return b.create(new OperationState(name(kind), loc).operands(lhs, rhs)
        .results(Type.scalar(ScalarKind.BOOL))).result();
  }

  /** The comparison. */
  public CmpKind kind() {
    return kind;
  }

  @Override
  public String verify() {
    if (operands().size() != 2 || !operand(0).type().equals(operand(1).type())
        || !(operand(0).type() instanceof Type.Scalar)
        || !result().type().equals(Type.scalar(ScalarKind.BOOL))) {
      return name() + " compares two scalars of one type and gives bool";
    }
    return null;
  }

  @Override
  public Object fold() {
    Attribute a = ConstantOp.valueOf(operand(0));
    Attribute b = ConstantOp.valueOf(operand(1));
    if (a == null || b == null) {
      return null;
    }
    if (a instanceof Attribute.IntAttr x && b instanceof Attribute.IntAttr y) {
      return Attribute.of(kind.test(Long.compare(x.value(), y.value()), 0));
    }
    return Attribute.of(kind.test(ScalarSemantics.asDouble(a), ScalarSemantics.asDouble(b)));
  }
}
