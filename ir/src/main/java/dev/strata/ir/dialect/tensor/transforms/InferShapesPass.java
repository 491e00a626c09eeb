package dev.strata.ir.dialect.tensor.transforms;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.tensor.InferTypeOp;
import dev.strata.ir.dialect.tensor.Inferred;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape and dtype inference with symbolic dims: re-derives the result type of every
 * {@link InferTypeOp} from its operands, in order, refining types after rewrites and reporting
 * mismatches at the op's source location; functions' declared result types follow.
 */
public final class InferShapesPass implements Pass {
  @Override
  public String name() {
    return "infer-shapes";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    List<Operation> ops = new ArrayList<>();
    module.walk(ops::add);
    boolean ok = true;
    for (Operation op : ops) {
      if (op instanceof InferTypeOp typed) {
        Inferred r = typed.infer();
        if (r.failed()) {
          diagnostics.error(op, r.error(), r.args());
          ok = false;
        } else {
          rewriter.setType(op.result(), r.type());
        }
      }
    }
    for (FuncOp f : module.functions()) {
      List<Attribute> types = f.body().terminator().operands().stream()
          .map(v -> (Attribute) new Attribute.TypeAttr(v.type())).toList();
      rewriter.setAttr(f, "result_types", new Attribute.ArrayAttr(types));
    }
    return ok;
  }
}
