package dev.strata.ir.dialect.loop.transforms;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.ParallelOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * Loop-invariant code motion: moves pure ops whose operands are all defined outside a loop to
 * just before it, innermost loops first, so a value that depends only on the row is computed
 * once per row, not once per element.
 */
public final class HoistInvariantsPass implements Pass {
  @Override
  public String name() {
    return "hoist-invariants";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    List<Operation> loops = new ArrayList<>();
    module.walk(op -> {
      if (op instanceof ForOp || op instanceof ParallelOp) {
        loops.add(op);
      }
    });
    for (Operation loop : loops.reversed()) {
      hoist(loop, rewriter);
    }
    return true;
  }

  private static void hoist(Operation loop, Rewriter rewriter) {
    Block body = loop.body(0);
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Operation op : List.copyOf(body.operations())) {
        if (op instanceof Traits.Pure && op.regions().isEmpty() && definedOutside(op, loop)) {
          rewriter.before(loop);
          rewriter.move(op);
          moved = true;
        }
      }
    }
  }

  private static boolean definedOutside(Operation op, Operation loop) {
    for (Value v : op.operands()) {
      Operation def = v.definingOp();
      Block where = def != null ? def.parentBlock() : v.parentBlock();
      Operation owner = where == null ? null : where.parentOp();
      if (owner != null && (owner == loop || owner.isInside(loop))) {
        return false;
      }
    }
    return true;
  }
}
