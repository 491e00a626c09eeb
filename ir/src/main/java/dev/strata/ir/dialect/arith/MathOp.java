package dev.strata.ir.dialect.arith;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/** {@code math.exp} and the other {@link UnaryKind}s on one scalar. */
public final class MathOp extends Operation implements Traits.Pure {
  private final UnaryKind kind;

  /** Creates the op from its state; used by the registry. */
  public MathOp(OperationState state) {
    super(state);
    this.kind = UnaryKind.valueOf(state.name().substring("math.".length()).toUpperCase(java.util.Locale.ROOT));
  }

  /** The op name for {@code kind}. */
  public static String name(UnaryKind kind) {
    return "math." + kind.opName();
  }

  /** Creates {@code kind(x)}. */
  public static Value create(OpBuilder b, Location loc, UnaryKind kind, Value x) {
    return b.create(new OperationState(name(kind), loc).operands(x).results(x.type())).result();
  }

  /** The function. */
  public UnaryKind kind() {
    return kind;
  }

  @Override
  public String verify() {
    return operands().size() == 1 && operand(0).type() instanceof Type.Scalar
        && operand(0).type().equals(result().type()) ? null : name() + " maps a scalar to its own type";
  }

  @Override
  public Object fold() {
    Attribute a = ConstantOp.valueOf(operand(0));
    if (a == null || kind == UnaryKind.ERF || a instanceof Attribute.BoolAttr) {
      return null;
    }
    Type.Scalar t = (Type.Scalar) result().type();
    if (a instanceof Attribute.IntAttr i) {
      return kind.acceptsIntegers() ? ScalarSemantics.ofLong(
          switch (kind) {
            case NEG -> -i.value();
            case ABS -> Math.abs(i.value());
            case RELU -> Math.max(i.value(), 0);
            case SQUARE -> i.value() * i.value();
            case NOT -> i.value() == 0 ? 1 : 0;
            default -> throw new IllegalStateException();
          }, t.kind()) : null;
    }
    return ScalarSemantics.ofDouble(kind.apply(ScalarSemantics.asDouble(a)), t.kind());
  }
}
