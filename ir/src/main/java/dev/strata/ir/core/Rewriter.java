package dev.strata.ir.core;

import java.util.List;

/**
 * A builder that may also replace, erase and refine existing ops: the other of the two ways the
 * IR may change, see {@link Operation}.
 */
public final class Rewriter extends OpBuilder {
  private int changes;

  /** A rewriter for ops known to {@code registry}. */
  public Rewriter(OpRegistry registry) {
    super(registry);
  }

  /** How many changes this rewriter has made; passes use it to detect a fixpoint. */
  public int changes() {
    return changes;
  }

  /** Replaces every use of {@code op}'s results with {@code values} and erases {@code op}. */
  public void replaceOp(Operation op, List<? extends Value> values) {
    if (values.size() != op.results().size()) {
      throw new IllegalArgumentException(op.name() + ": " + values.size() + " replacements for "
          + op.results().size() + " results");
    }
    for (int i = 0; i < values.size(); i++) {
      op.result(i).replaceAllUsesWith(values.get(i));
    }
    erase(op);
  }

  /** Replaces the single result of {@code op} with {@code value} and erases {@code op}. */
  public void replaceOp(Operation op, Value value) {
    replaceOp(op, List.of(value));
  }

  /** Makes every use of {@code from} use {@code to}. */
  public void replaceAllUsesWith(Value from, Value to) {
    if (from != to) {
      from.replaceAllUsesWith(to);
      changes++;
    }
  }

  /** Erases {@code op}, which must have no remaining uses. */
  public void erase(Operation op) {
    for (OpResult r : op.results()) {
      if (r.hasUses()) {
        throw new IllegalStateException("erasing " + op.name() + " whose result is still used by "
            + r.uses().getFirst().user().name());
      }
    }
    op.dropOperandUses();
    op.parent.operations.remove(op);
    op.parent = null;
    changes++;
  }

  /** Refines the type of {@code v}, as shape inference does. */
  public void setType(Value v, Type type) {
    if (!v.type().equals(type)) {
      v.setType(type);
      changes++;
    }
  }

  /** Sets attribute {@code key} of {@code op}. */
  public void setAttr(Operation op, String key, Attribute value) {
    if (!value.equals(op.attr(key))) {
      op.putAttribute(key, value);
      changes++;
    }
  }

  /** Sets operand {@code i} of {@code op}. */
  public void setOperand(Operation op, int i, Value v) {
    op.setOperand(i, v);
    changes++;
  }

  /** Moves {@code op} out of its block to the insertion point. */
  public void move(Operation op) {
    InsertionPoint at = save();
    if (op.parent == at.block() && at.index() >= 0 && op.parent.indexOf(op) < at.index()) {
      restore(new InsertionPoint(at.block(), at.index() - 1));
    }
    op.parent.operations.remove(op);
    op.parent = null;
    insert(op);
    changes++;
  }
}
