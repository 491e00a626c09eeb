package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code loop.parallel(%lo, %hi, %work) ({^bb0(%i: index): ... loop.yield()}) {grain = 32768}}:
 * iterations that may run in any order and on several threads; each runs the body once with its
 * index. {@code %work} is the number of elements one iteration touches, and {@code grain} the
 * fewest elements worth a thread of their own, so small tensors stay on one thread.
 */
public final class ParallelOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.parallel";

  /** Creates the op from its state; used by the registry. */
  public ParallelOp(OperationState state) {
    super(state);
  }

  /** Creates a parallel loop over {@code [lo, hi)}; returns it with an empty body. */
  public static ParallelOp create(OpBuilder b, Location loc, Value lo, Value hi, Value work, long grain,
      String hint) {
    Block body = new Block();
    body.addArgument(Type.index(), hint);
    return b.create(ParallelOp.class, new OperationState(NAME, loc).operands(lo, hi, work).region(body)
        .attr("grain", Attribute.of(grain)));
  }

  /** The body. */
  public Block body() {
    return body(0);
  }

  /** The induction variable. */
  public Value inductionVar() {
    return body().argument(0);
  }

  /** The elements one iteration touches. */
  public Value work() {
    return operand(2);
  }

  /** The fewest elements worth a thread. */
  public long grain() {
    return intAttr("grain");
  }

  @Override
  public String verify() {
    return operands().size() == 3 && body().arguments().size() == 1
        && body().terminator() instanceof YieldOp y && y.operands().isEmpty()
        ? null : "loop.parallel takes bounds, work per iteration and a body with one index ending in an empty loop.yield";
  }
}
