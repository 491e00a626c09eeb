package dev.strata.ir.core;

import java.util.List;

/**
 * Creates operations and inserts them at an insertion point (a block and a position in it). One
 * of the two ways the IR may change, see {@link Operation}.
 */
public class OpBuilder {
  private final OpRegistry registry;
  private Block block;
  private int index;

  /** A builder for ops known to {@code registry}, with no insertion point yet. */
  public OpBuilder(OpRegistry registry) {
    this.registry = registry;
  }

  /** The registry this builder creates ops from. */
  public OpRegistry registry() {
    return registry;
  }

  /** Inserts subsequent ops at the end of {@code b}. */
  public OpBuilder atEnd(Block b) {
    this.block = b;
    this.index = -1;
    return this;
  }

  /** Inserts subsequent ops at the start of {@code b}, each after the previous one. */
  public OpBuilder atStart(Block b) {
    this.block = b;
    this.index = 0;
    return this;
  }

  /** Inserts subsequent ops just before {@code op}. */
  public OpBuilder before(Operation op) {
    this.block = op.parentBlock();
    this.index = block.indexOf(op);
    return this;
  }

  /** Inserts subsequent ops just after {@code op}. */
  public OpBuilder after(Operation op) {
    this.block = op.parentBlock();
    this.index = block.indexOf(op) + 1;
    return this;
  }

  /** The block ops are inserted into. */
  public Block insertionBlock() {
    return block;
  }

  /** A saved insertion point, restored with {@link #restore}. */
  public record InsertionPoint(Block block, int index) {}

  /** Saves the insertion point. */
  public InsertionPoint save() {
    return new InsertionPoint(block, index);
  }

  /** Restores a saved insertion point. */
  public void restore(InsertionPoint p) {
    this.block = p.block();
    this.index = p.index();
  }

  /** Creates the op described by {@code state} and inserts it at the insertion point. */
  public Operation create(OperationState state) {
    Operation op = registry.create(state);
    insert(op);
    return op;
  }

  /** Creates and inserts an op, cast to {@code kind}. */
  public <T extends Operation> T create(Class<T> kind, OperationState state) {
    return kind.cast(create(state));
  }

  /** Inserts a detached op at the insertion point. */
  public void insert(Operation op) {
    if (block == null) {
      throw new IllegalStateException("no insertion point");
    }
    if (index < 0) {
      block.append(op);
    } else {
      block.insert(index++, op);
    }
  }

  /**
   * Clones {@code op} with its regions at the insertion point, remapping operands through
   * {@code mapping} and recording the results' clones in it.
   */
  public Operation clone(Operation op, IRMapping mapping) {
    OperationState s = new OperationState(op.name(), op.location())
        .attrs(op.attributes());
    for (Value v : op.operands()) {
      s.operands(mapping.lookup(v));
    }
    for (OpResult r : op.results()) {
      s.results(r.type());
    }
    for (Region r : op.regions()) {
      s.region(cloneBlock(r.block(), mapping));
    }
    Operation copy = create(s);
    for (int i = 0; i < op.results().size(); i++) {
      copy.result(i).setNameHint(op.result(i).nameHint());
      mapping.map(op.result(i), copy.result(i));
    }
    return copy;
  }

  private Block cloneBlock(Block src, IRMapping mapping) {
    Block dst = new Block();
    for (BlockArgument a : src.arguments()) {
      mapping.map(a, dst.addArgument(a.type(), a.nameHint()));
    }
    InsertionPoint saved = save();
    atEnd(dst);
    for (Operation inner : List.copyOf(src.operations())) {
      clone(inner, mapping);
    }
    restore(saved);
    return dst;
  }
}
