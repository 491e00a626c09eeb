package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code loop.check(%ok) {message = "..."}}: fails the call with an {@code IllegalArgumentException}
 * carrying the message when {@code ok} is false (a max over a zero-size axis, an index out of
 * bounds), before anything reads memory out of bounds. Valid at every level: the front end puts
 * one at each call where Java throws for a size (a {@code max} over a zero-size axis, a {@code -1}
 * that cannot be inferred), so that it runs even when the call's result is never used.
 */
public final class CheckOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.check";

  /** Creates the op from its state; used by the registry. */
  public CheckOp(OperationState state) {
    super(state);
  }

  /** Checks {@code ok}; a failure is an {@code IllegalArgumentException}. */
  public static void create(OpBuilder b, Location loc, Value ok, String message) {
    b.create(new OperationState(NAME, loc).operands(ok).attr("message", Attribute.of(message)));
  }

  /** Checks that an index is in bounds; a failure is an {@code IndexOutOfBoundsException}. */
  public static void createIndexCheck(OpBuilder b, Location loc, Value ok, String message) {
    b.create(new OperationState(NAME, loc).operands(ok).attr("message", Attribute.of(message))
        .attr("index", Attribute.of(true)));
  }

  /** Whether a failure means an index out of bounds. */
  public boolean isIndexCheck() {
    return attr("index") instanceof Attribute.BoolAttr b && b.value();
  }

  /** The message. */
  public String message() {
    return stringAttr("message");
  }

  @Override
  public String verify() {
    return operands().size() == 1 && operand(0).type().equals(Type.scalar(ScalarKind.BOOL))
        ? null : "loop.check takes one bool";
  }
}
