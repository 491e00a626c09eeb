package dev.strata.ir.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An SSA value: the result of an operation or an argument of a block. A value knows its uses, so
 * {@link #replaceAllUsesWith} is cheap. Values are only mutated through the {@link OpBuilder} and
 * {@link Rewriter}, see {@link Operation}.
 */
public abstract sealed class Value permits OpResult, BlockArgument {
  private Type type;
  private String nameHint;
  final List<Use> uses = new ArrayList<>();

  /** One use of a value: operand {@code index} of {@code user}. */
  public record Use(Operation user, int index) {}

  Value(Type type, String nameHint) {
    this.type = type;
    this.nameHint = nameHint;
  }

  /** The value's type. */
  public Type type() {
    return type;
  }

  /** The value's type as a shaped type; fails if it is a scalar. */
  public Type.Shaped shaped() {
    if (type instanceof Type.Shaped s) {
      return s;
    }
    throw new IllegalStateException("value of type " + type + " is not shaped");
  }

  void setType(Type type) {
    this.type = type;
  }

  /** A readable name for the text form (a Java variable name), or null. */
  public String nameHint() {
    return nameHint;
  }

  /** Sets the readable name used when printing. */
  public void setNameHint(String nameHint) {
    this.nameHint = nameHint;
  }

  /** The current uses, in no particular order. */
  public List<Use> uses() {
    return Collections.unmodifiableList(uses);
  }

  /** Whether any operation uses this value. */
  public boolean hasUses() {
    return !uses.isEmpty();
  }

  /** Makes every user of this value use {@code other} instead. */
  public void replaceAllUsesWith(Value other) {
    if (other == this) {
      return;
    }
    for (Use use : List.copyOf(uses)) {
      use.user().setOperand(use.index(), other);
    }
  }

  /** The operation that defines this value, or null for a block argument. */
  public abstract Operation definingOp();

  /** The block in which this value is defined. */
  public abstract Block parentBlock();
}
