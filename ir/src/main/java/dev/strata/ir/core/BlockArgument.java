package dev.strata.ir.core;

/** A value defined as argument {@link #index()} of a block (a function parameter, a loop index). */
public final class BlockArgument extends Value {
  private final Block owner;
  private final int index;

  BlockArgument(Block owner, int index, Type type, String nameHint) {
    super(type, nameHint);
    this.owner = owner;
    this.index = index;
  }

  /** The block this argument belongs to. */
  public Block owner() {
    return owner;
  }

  /** The argument's position. */
  public int index() {
    return index;
  }

  @Override
  public Operation definingOp() {
    return null;
  }

  @Override
  public Block parentBlock() {
    return owner;
  }
}
