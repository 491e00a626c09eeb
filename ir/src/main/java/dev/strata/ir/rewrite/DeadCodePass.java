package dev.strata.ir.rewrite;

import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Traits;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/** Erases pure ops whose results are unused, to a fixpoint (dead-code elimination). */
public final class DeadCodePass implements Pass {
  @Override
  public String name() {
    return "dce";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    boolean changed = true;
    while (changed) {
      changed = false;
      List<Operation> ops = new ArrayList<>();
      module.walk(ops::add);
      for (Operation op : ops.reversed()) {
        if (op instanceof Traits.Pure && op.parentBlock() != null && !op.results().isEmpty()
            && op.results().stream().noneMatch(r -> r.hasUses())) {
          rewriter.erase(op);
          changed = true;
        }
      }
    }
    return true;
  }
}
