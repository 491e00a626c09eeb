package dev.strata.ir.rewrite;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Region;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Common-subexpression elimination: a pure op without regions that repeats an op visible in an
 * enclosing scope (same name, operands, attributes and result types) is replaced by it.
 */
public final class CsePass implements Pass {
  private record Key(String name, List<Value> operands, Map<String, Attribute> attrs, List<Type> types) {}

  @Override
  public String name() {
    return "cse";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    visit(module, new HashMap<>(), new Rewriter(registry));
    return true;
  }

  private void visit(Operation op, Map<Key, Operation> scope, Rewriter rewriter) {
    for (Region r : op.regions()) {
      for (Block b : r.blocks()) {
        Map<Key, Operation> inner = op instanceof Traits.IsolatedFromAbove ? new HashMap<>() : new HashMap<>(scope);
        for (Operation child : List.copyOf(b.operations())) {
          if (child instanceof Traits.Pure && child.regions().isEmpty() && !child.results().isEmpty()) {
            Key key = new Key(child.name(), child.operands(), child.attributes(),
                child.results().stream().map(Value::type).toList());
            Operation existing = inner.get(key);
            if (existing != null) {
              rewriter.replaceOp(child, List.copyOf(existing.results()));
              continue;
            }
            inner.put(key, child);
          }
          visit(child, inner, rewriter);
        }
      }
    }
  }
}
