package dev.strata.ir.core;

/** A value defined as result {@link #index()} of an operation. */
public final class OpResult extends Value {
  private final Operation owner;
  private final int index;

  OpResult(Operation owner, int index, Type type) {
    super(type, null);
    this.owner = owner;
    this.index = index;
  }

  /** The operation that defines this value. */
  public Operation owner() {
    return owner;
  }

  /** The result's position among its owner's results. */
  public int index() {
    return index;
  }

  @Override
  public Operation definingOp() {
    return owner;
  }

  @Override
  public Block parentBlock() {
    return owner.parentBlock();
  }
}
