package dev.strata.ir.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list of operations with typed arguments; the last operation may be a terminator. */
public final class Block {
  private final List<BlockArgument> arguments = new ArrayList<>();
  final List<Operation> operations = new ArrayList<>();
  Region parent;

  /** Creates an empty block with no arguments. */
  public Block() {}

  /** Appends an argument of {@code type}, named {@code nameHint} when printed (may be null). */
  public BlockArgument addArgument(Type type, String nameHint) {
    BlockArgument a = new BlockArgument(this, arguments.size(), type, nameHint);
    arguments.add(a);
    return a;
  }

  /** The arguments. */
  public List<BlockArgument> arguments() {
    return Collections.unmodifiableList(arguments);
  }

  /** Argument {@code i}. */
  public BlockArgument argument(int i) {
    return arguments.get(i);
  }

  /** The operations, in order. */
  public List<Operation> operations() {
    return Collections.unmodifiableList(operations);
  }

  /** The last operation, or null when empty. */
  public Operation terminator() {
    return operations.isEmpty() ? null : operations.getLast();
  }

  /** The region holding this block, or null when detached. */
  public Region parentRegion() {
    return parent;
  }

  /** The operation whose region holds this block, or null. */
  public Operation parentOp() {
    return parent == null ? null : parent.parentOp();
  }

  /** Appends {@code op} at the end of this block. */
  public void append(Operation op) {
    insert(operations.size(), op);
  }

  /** Inserts {@code op} at {@code index}. */
  public void insert(int index, Operation op) {
    if (op.parent != null) {
      throw new IllegalStateException(op.name() + " is already in a block");
    }
    operations.add(index, op);
    op.parent = this;
  }

  /** The position of {@code op} in this block. */
  public int indexOf(Operation op) {
    return operations.indexOf(op);
  }
}
