package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.util.List;

/**
 * {@code %r = loop.for(%lo, %hi, %init...) ({^bb0(%i: index, %acc...): ... loop.yield(%next...)})}:
 * a sequential loop with step 1 carrying values from one iteration to the next; its results are
 * the carried values after the last iteration (the inits when it runs zero times).
 */
public final class ForOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.for";

  /** Creates the op from its state; used by the registry. */
  public ForOp(OperationState state) {
    super(state);
  }

  /** Creates a loop over {@code [lo, hi)} carrying {@code inits}; returns it with an empty body. */
  public static ForOp create(OpBuilder b, Location loc, Value lo, Value hi, List<Value> inits, String hint) {
    Block body = new Block();
    body.addArgument(Type.index(), hint);
    for (Value v : inits) {
      body.addArgument(v.type(), "acc");
    }
    return b.create(ForOp.class, new OperationState(NAME, loc).operands(lo, hi).operands(inits)
        .results(inits.stream().map(Value::type).toList()).region(body));
  }

  /** The body. */
  public Block body() {
    return body(0);
  }

  /** The induction variable. */
  public Value inductionVar() {
    return body().argument(0);
  }

  /** The lower bound. */
  public Value lower() {
    return operand(0);
  }

  /** The upper bound (exclusive). */
  public Value upper() {
    return operand(1);
  }

  /** The initial carried values. */
  public List<Value> inits() {
    return operands().subList(2, operands().size());
  }

  /** The carried values inside the body. */
  public List<? extends Value> carried() {
    return body().arguments().subList(1, body().arguments().size());
  }

  /** The values yielded for the next iteration. */
  public List<Value> yielded() {
    return body().terminator().operands();
  }

  @Override
  public String verify() {
    int n = operands().size() - 2;
    if (n < 0 || body().arguments().size() != n + 1 || results().size() != n) {
      return "loop.for carries as many values as it has inits and results";
    }
    if (!(body().terminator() instanceof YieldOp y) || y.operands().size() != n) {
      return "loop.for body must end with loop.yield of " + n + " values";
    }
    for (int i = 0; i < n; i++) {
      if (!y.operand(i).type().equals(result(i).type()) || !inits().get(i).type().equals(result(i).type())) {
        return "loop.for carried value " + i + " changes type";
      }
    }
    return null;
  }
}
