package dev.strata.ir.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of blocks owned by an operation. Strata's dialects use structured control flow, so each
 * region holds exactly one block.
 */
public final class Region {
  private final List<Block> blocks = new ArrayList<>();
  private final Operation parent;

  Region(Operation parent) {
    this.parent = parent;
  }

  /** The operation that owns this region. */
  public Operation parentOp() {
    return parent;
  }

  /** The blocks. */
  public List<Block> blocks() {
    return Collections.unmodifiableList(blocks);
  }

  /** Appends {@code block}. */
  public void addBlock(Block block) {
    block.parent = this;
    blocks.add(block);
  }

  /** The single block of this region, created empty on first use. */
  public Block block() {
    if (blocks.isEmpty()) {
      addBlock(new Block());
    }
    return blocks.getFirst();
  }
}
