package dev.strata.ir.dialect.tensor.transforms;

import dev.strata.DType;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.tensor.ReduceKind;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.dialect.tensor.ReshapeOp;
import dev.strata.ir.dialect.tensor.TensorCastOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sum, mean, max or min over several axes that include the last one into a reduction of
 * the last axis followed by the rest: {@code x.sum()} on {@code [N, D]} becomes
 * {@code x.sum(1, true).sum()}. The first runs as a row group, in parallel over rows and
 * vectorised; the second reduces a tensor {@code D} times smaller (for a full reduction of rank 3
 * or more, flattened to one axis first). A mean of equal-length row means is the mean, so the
 * split is exact up to float summation order.
 *
 * <p>A sum or mean of F16 or BF16 keeps its row results in F32 and rounds to 16 bits once, at the
 * end, as the reference does: rounding each row's sum would add one 16-bit rounding error per row
 * (for BF16, 2<sup>-9</sup> of each row's magnitude), which cancellation can make larger than the
 * result.
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
      DType accumulator = accumulatorDtype(r.kind(), in.dtype());
      Value source = r.operand(0);
      if (accumulator != in.dtype()) {
        source = TensorCastOp.create(rewriter, r.location(), source, accumulator, in.withDType(accumulator))
            .result();
      }
      Value perRow = ReduceOp.create(rewriter, r.location(), r.kind(), source, List.of(last), true,
          new Type.Tensor(accumulator, rows)).result();
      Type.Tensor resultType = (Type.Tensor) r.result().type();
      Value rest;
      if (r.axes().size() == in.rank() && in.rank() >= 3) {
        // A full reduction: the row results flattened, so the rest is one innermost reduction
        // (nested loops over several kept axes would carry values around inner loops).
        Value flat = ReshapeOp.create(rewriter, r.location(), perRow,
            new Type.Tensor(accumulator, List.of(Dim.product(rows)))).result();
        rest = ReduceOp.create(rewriter, r.location(), r.kind(), flat, List.of(0), false,
            new Type.Tensor(accumulator, List.of())).result();
        if (r.keepDim()) {
          rest = ReshapeOp.create(rewriter, r.location(), rest, resultType.withDType(accumulator)).result();
        }
      } else {
        rest = ReduceOp.create(rewriter, r.location(), r.kind(), perRow, r.axes(), r.keepDim(),
            resultType.withDType(accumulator)).result();
      }
      if (accumulator != in.dtype()) {
        rest = TensorCastOp.create(rewriter, r.location(), rest, in.dtype(), resultType).result();
      }
      rest.setNameHint(r.result().nameHint());
      rewriter.replaceOp(r, rest);
    }
    return true;
  }

  /** The dtype the row results keep: F32 for a 16-bit sum or mean, else the input's own. */
  private static DType accumulatorDtype(ReduceKind kind, DType dtype) {
    boolean sums = kind == ReduceKind.SUM || kind == ReduceKind.MEAN;
    return sums && (dtype == DType.F16 || dtype == DType.BF16) ? DType.F32 : dtype;
  }

  private static boolean splittable(ReduceOp r) {
    Type.Tensor in = (Type.Tensor) r.operand(0).type();
    List<Integer> axes = r.axes();
    return r.kind() != ReduceKind.ARGMAX && axes.size() >= 2 && axes.contains(in.rank() - 1)
        && !in.dim(in.rank() - 1).is(1);
  }
}
