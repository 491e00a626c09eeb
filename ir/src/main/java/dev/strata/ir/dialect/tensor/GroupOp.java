package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.util.List;

/**
 * {@code tensor.group(%a, %b) ({^bb0(%x: ..., %y: ...): ... tensor.yield(%r)}) {kind = "row"}}: a
 * fused group made by {@link dev.strata.ir.dialect.tensor.transforms.FuseGroupsPass}. The body
 * sees only its arguments (the group's inputs) and yields the group's outputs; lowering turns
 * each group into one loop nest (or one library call), touching memory once.
 */
public final class GroupOp extends Operation implements Traits.IsolatedFromAbove {
  /** The op name. */
  public static final String NAME = "tensor.group";

  /** The kinds of group, which decide the loop structure. */
  public enum Kind {
    /** Elementwise ops over one iteration domain. */
    ELEMENTWISE,
    /** Reductions of the last axis and the elementwise ops around them (softmax, layernorm). */
    ROW,
    /** One reduction of other axes, with its elementwise producers. */
    REDUCE,
    /** A matrix multiply. */
    MATMUL,
    /** An op run by the run-time library (random numbers). */
    LIBRARY;

    /** The spelling in the text form. */
    public String spelling() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Creates the op from its state; used by the registry. */
  public GroupOp(OperationState state) {
    super(state);
  }

  /** The state of a group of {@code kind} over {@code inputs} with {@code body}. */
  public static OperationState state(Kind kind, List<Value> inputs, List<Type> resultTypes, Block body,
      Location loc) {
    return new OperationState(NAME, loc).operands(inputs).results(resultTypes).region(body)
        .attr("kind", Attribute.of(kind.spelling()));
  }

  /** The group's kind. */
  public Kind kind() {
    return Kind.valueOf(stringAttr("kind").toUpperCase(java.util.Locale.ROOT));
  }

  /** The body. */
  public Block body() {
    return body(0);
  }

  @Override
  public String verify() {
    Block b = body();
    if (b.arguments().size() != operands().size()) {
      return "tensor.group has " + operands().size() + " inputs but " + b.arguments().size()
          + " block arguments";
    }
    if (!(b.terminator() instanceof YieldOp y) || y.operands().size() != results().size()) {
      return "tensor.group body must end with tensor.yield of its " + results().size() + " results";
    }
    return null;
  }
}
