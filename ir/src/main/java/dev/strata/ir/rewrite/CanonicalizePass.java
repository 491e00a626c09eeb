package dev.strata.ir.rewrite;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.tensor.ReshapeOp;
import dev.strata.ir.dialect.tensor.TransposeOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds every op that can fold ({@link Operation#fold()}) and applies the local rewrite patterns
 * below, to a fixpoint. Folded scalar constants become {@code arith.constant}s.
 */
public final class CanonicalizePass implements Pass {
  private static final int MAX_ITERATIONS = 32;

  @Override
  public String name() {
    return "canonicalize";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      int before = rewriter.changes();
      List<Operation> ops = new ArrayList<>();
      module.walk(ops::add);
      for (Operation op : ops) {
        if (op.parentBlock() != null) {
          simplify(op, rewriter);
        }
      }
      if (rewriter.changes() == before) {
        break;
      }
    }
    return true;
  }

  private static void simplify(Operation op, Rewriter rewriter) {
    if (op instanceof ForOp f && runsOnce(f)) {
      inlineSingleIteration(f, rewriter);
      return;
    }
    if (op.results().size() != 1 || op instanceof ConstantOp) {
      return;
    }
    Object folded = op.fold();
    if (folded instanceof Value v) {
      rewriter.replaceOp(op, v);
    } else if (folded instanceof Attribute a && op.result().type() instanceof Type.Scalar s) {
      rewriter.before(op);
      rewriter.replaceOp(op, ConstantOp.create(rewriter, op.location(), s.kind(), a));
    } else if (op instanceof ReshapeOp && op.operand(0).definingOp() instanceof ReshapeOp inner) {
      // reshape(reshape(x)) -> reshape(x)
      rewriter.setOperand(op, 0, inner.operand(0));
    } else if (op instanceof TransposeOp outer && op.operand(0).definingOp() instanceof TransposeOp inner) {
      // transpose(transpose(x, p), q) -> transpose(x, p o q)
      List<Integer> p = inner.perm();
      List<Integer> q = outer.perm();
      List<Integer> composed = q.stream().map(p::get).toList();
      rewriter.before(op);
      Value v = TransposeOp.create(rewriter, op.location(), inner.operand(0), composed, op.result().type()).result();
      rewriter.replaceOp(op, v);
    }
  }

  /** Whether {@code f} runs exactly one iteration: its bounds are constants {@code c, c + 1}. */
  private static boolean runsOnce(ForOp f) {
    return ConstantOp.valueOf(f.lower()) instanceof Attribute.IntAttr lo
        && ConstantOp.valueOf(f.upper()) instanceof Attribute.IntAttr hi && hi.value() == lo.value() + 1;
  }

  /**
   * {@code for i in c..c+1 (acc = init) { body; yield next }} becomes {@code body} with {@code i}
   * replaced by {@code c} and {@code acc} by {@code init}, and the loop's results by {@code next}.
   * A reduction over an axis of size 1 thus leaves no loop behind.
   */
  private static void inlineSingleIteration(ForOp f, Rewriter rewriter) {
    rewriter.replaceAllUsesWith(f.inductionVar(), f.lower());
    for (int i = 0; i < f.carried().size(); i++) {
      rewriter.replaceAllUsesWith(f.carried().get(i), f.inits().get(i));
    }
    List<Value> next = List.copyOf(f.yielded());
    Operation terminator = f.body().terminator();
    rewriter.erase(terminator);
    for (Operation inner : List.copyOf(f.body().operations())) {
      rewriter.before(f);
      rewriter.move(inner);
    }
    rewriter.replaceOp(f, next);
  }
}
