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

/** {@code arith.add} and the other {@link BinaryKind}s on two scalars of one kind. */
public final class ArithBinaryOp extends Operation implements Traits.Pure {
  private final BinaryKind kind;

  /** Creates the op from its state; used by the registry. */
  public ArithBinaryOp(OperationState state) {
    super(state);
    this.kind = kindOf(state.name());
  }

  /** The op name for {@code kind}. */
  public static String name(BinaryKind kind) {
    return "arith." + kind.arithName();
  }

  private static BinaryKind kindOf(String name) {
    for (BinaryKind k : BinaryKind.values()) {
      if (name(k).equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** Creates {@code lhs kind rhs}; both must have the same type. */
  public static Value create(OpBuilder b, Location loc, BinaryKind kind, Value lhs, Value rhs) {
    return b.create(new OperationState(name(kind), loc).operands(lhs, rhs).results(lhs.type()))
        .result();
  }

  /** The arithmetic. */
  public BinaryKind kind() {
    return kind;
  }

  /** The scalar kind computed in. */
  public ScalarKind scalarKind() {
    return ((Type.Scalar) result().type()).kind();
  }

  @Override
  public String verify() {
    if (operands().size() != 2 || results().size() != 1) {
      return name() + " takes two operands and gives one result";
    }
    if (!(operand(0).type() instanceof Type.Scalar)
        || !operand(0).type().equals(operand(1).type())
        || !operand(0).type().equals(result().type())) {
      return name() + " needs scalar operands and result of one type, got " + operand(0).type()
          + ", " + operand(1).type() + " -> " + result().type();
    }
    return null;
  }

  @Override
  public Object fold() {
    Attribute a = ConstantOp.valueOf(operand(0));
    Attribute b = ConstantOp.valueOf(operand(1));
    if (a != null && b != null) {
      return ScalarSemantics.binary(kind, scalarKind(), a, b);
    }
    boolean exact = !scalarKind().isFloating();
    if (exact && kind == BinaryKind.ADD && isConst(b, 0)) {
      return operand(0); // x + 0 -> x (not for floats: -0.0 + 0 is 0.0)
    }
    if (exact && kind == BinaryKind.ADD && isConst(a, 0)) {
      return operand(1); // 0 + x -> x
    }
    if (kind == BinaryKind.SUB && isConst(b, 0)) {
      return operand(0); // x - 0 -> x
    }
    if (kind == BinaryKind.MUL && isConst(b, 1)) {
      return operand(0); // x * 1 -> x
    }
    if (kind == BinaryKind.MUL && isConst(a, 1)) {
      return operand(1); // 1 * x -> x
    }
    if (exact && kind == BinaryKind.MUL && (isConst(a, 0) || isConst(b, 0))) {
      return ScalarSemantics.ofLong(0, scalarKind()); // x * 0 -> 0 (integers only: NaN * 0 is NaN)
    }
    if (kind == BinaryKind.DIV && isConst(b, 1)) {
      return operand(0); // x / 1 -> x
    }
    return null;
  }

  private static boolean isConst(Attribute a, double v) {
    return a != null && !(a instanceof Attribute.BoolAttr) && ScalarSemantics.asDouble(a) == v;
  }
}
