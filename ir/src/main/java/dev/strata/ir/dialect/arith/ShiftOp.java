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
import java.util.List;

/**
 * {@code arith.shift(%x, %n) {op = "<<"} : i32}: Java's shift {@code <<}, {@code >>} or {@code >>>}
 * of an {@code i32} or {@code i64} by an {@code i32} count, of which only the low 5 (6 for
 * {@code i64}) bits count. A kernel's scalars are computed on the host, where it runs as Java's
 * operator, so no back end needs a vector or device form of it.
 */
public final class ShiftOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "arith.shift";

  /** The Java operators it may be. */
  public static final List<String> OPERATORS = List.of("<<", ">>", ">>>");

  /** Creates the op from its state; used by the registry. */
  public ShiftOp(OperationState state) {
    super(state);
  }

  /** Creates {@code x op n}, of {@code x}'s kind. */
  public static Value create(OpBuilder b, Location loc, String op, Value x, Value n) {
    return b.create(new OperationState(NAME, loc).operands(x, n).attr("op", Attribute.of(op))
        .results(x.type())).result();
  }

  /** The Java operator. */
  public String operator() {
    return stringAttr("op");
  }

  /**
   * {@code x op n} with Java's semantics for {@code kind} ({@code i32} or {@code i64}).
   *
   * @param op the operator
   * @param kind the kind of {@code x} and the result
   * @param x the value shifted
   * @param n the count
   * @return the shifted value
   */
  public static long apply(String op, ScalarKind kind, long x, int n) {
    if (kind == ScalarKind.I32) {
      int v = (int) x;
      return switch (op) {
        case "<<" -> v << n;
        case ">>" -> v >> n;
        default -> v >>> n;
      };
    }
    return switch (op) {
      case "<<" -> x << n;
      case ">>" -> x >> n;
      default -> x >>> n;
    };
  }

  @Override
  public Object fold() {
    if (ConstantOp.valueOf(operand(0)) instanceof Attribute.IntAttr x
        && ConstantOp.valueOf(operand(1)) instanceof Attribute.IntAttr n) {
      ScalarKind kind = ((Type.Scalar) result().type()).kind();
      return ScalarSemantics.ofLong(apply(operator(), kind, x.value(), (int) n.value()), kind);
    }
    return null;
  }

  @Override
  public String verify() {
    if (!(attr("op") instanceof Attribute.StringAttr s) || !OPERATORS.contains(s.value())) {
      return "arith.shift needs op = <<, >> or >>>";
    }
    boolean ok = operands().size() == 2 && operand(0).type().equals(result().type())
        && (result().type().equals(Type.scalar(ScalarKind.I32)) || result().type().equals(Type.scalar(ScalarKind.I64)))
        && operand(1).type().equals(Type.scalar(ScalarKind.I32));
    return ok ? null : "arith.shift shifts an i32 or i64 by an i32 count, giving the first's type";
  }
}
