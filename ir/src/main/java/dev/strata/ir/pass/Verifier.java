package dev.strata.ir.pass;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Region;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that IR is well formed: each op's own invariants ({@link Operation#verify()}),
 * terminators only at block ends, every operand defined before its use in an enclosing scope,
 * and no value crossing into an {@link Traits.IsolatedFromAbove} op.
 */
public final class Verifier {
  private final List<String> problems = new ArrayList<>();

  private Verifier() {}

  /** The problems found in {@code root}, empty when it is well formed. */
  public static List<String> verify(Operation root) {
    Verifier v = new Verifier();
    v.visit(root, new HashSet<>());
    return v.problems;
  }

  private void visit(Operation op, Set<Value> visible) {
    String own;
    try {
      own = op.verify();
    } catch (RuntimeException e) {
      own = "verifier of " + op.name() + " failed: " + e;
    }
    if (own != null) {
      problems.add(op.name() + " at " + op.location() + ": " + own);
    }
    for (Value v : op.operands()) {
      if (!visible.contains(v)) {
        problems.add(op.name() + " at " + op.location() + ": uses a value that is not defined before it"
            + " in scope (" + v.type() + ")");
      }
    }
    for (Region r : op.regions()) {
      Set<Value> inner = op instanceof Traits.IsolatedFromAbove ? new HashSet<>() : new HashSet<>(visible);
      for (Block b : r.blocks()) {
        inner.addAll(b.arguments());
        List<Operation> ops = b.operations();
        for (int i = 0; i < ops.size(); i++) {
          Operation child = ops.get(i);
          if (child instanceof Traits.Terminator && i != ops.size() - 1) {
            problems.add(child.name() + " at " + child.location() + ": terminator is not last in its block");
          }
          if (child.parentBlock() != b) {
            problems.add(child.name() + ": parent link is broken");
          }
          visit(child, inner);
          inner.addAll(child.results());
        }
      }
    }
  }
}
