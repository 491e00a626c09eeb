package dev.strata.ir.dialect.tensor.transforms;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.tensor.ReduceKind;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sum, mean, max or min over several axes that include the last one into a reduction of
 * the last axis followed by the rest: {@code x.sum()} on {@code [N, D]} becomes
 * {@code x.sum(1, true).sum()}. The first runs as a row group, in parallel over rows and
 * vectorised; the second reduces a tensor {@code D} times smaller. A mean of equal-length row
 * means is the mean, so the split is exact up to float summation order.
 */
public final class SplitReductionsPass implements Pass {
  @Override
  public String name() {
    return "split-reductions";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    List<ReduceOp> candidates = new ArrayList<>();
    module.walk(op -> {
      if (op instanceof ReduceOp r && splittable(r)) {
        candidates.add(r);
      }
    });
    for (ReduceOp r : candidates) {
      Type.Tensor in = (Type.Tensor) r.operand(0).type();
      int last = in.rank() - 1;
      List<Dim> rows = new ArrayList<>(in.shape());
      rows.set(last, Dim.of(1));
      rewriter.before(r);
      Value perRow = ReduceOp.create(rewriter, r.location(), r.kind(), r.operand(0), List.of(last), true,
          new Type.Tensor(in.dtype(), rows)).result();
      Operation rest = ReduceOp.create(rewriter, r.location(), r.kind(), perRow, r.axes(), r.keepDim(),
          r.result().type());
      rest.result().setNameHint(r.result().nameHint());
      rewriter.replaceOp(r, rest.result());
    }
    return true;
  }

  private static boolean splittable(ReduceOp r) {
    Type.Tensor in = (Type.Tensor) r.operand(0).type();
    List<Integer> axes = r.axes();
    return r.kind() != ReduceKind.ARGMAX && axes.size() >= 2 && axes.contains(in.rank() - 1)
        && !in.dim(in.rank() - 1).is(1);
  }
}
