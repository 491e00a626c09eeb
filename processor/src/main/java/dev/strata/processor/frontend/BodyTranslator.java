package dev.strata.processor.frontend;

import static dev.strata.processor.frontend.TranslationContext.child;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;

/**
 * Translates the statements of a kernel body (or of a kernel being inlined) into straight-line
 * IR: local variables become SSA values in the {@link Environment}, {@code if} on a constant picks
 * its branch and otherwise merges both with selects, {@code for} loops are unrolled by
 * {@link LoopUnroller}, and returns are collected with their guards and joined in
 * {@link #finish}.
 */
final class BodyTranslator {
  private final TranslationContext ctx;
  private final ScalarTranslator scalars;
  private final BranchMerger merger;
  private final ExpressionTranslator expressions;
  private final LoopUnroller loops;

  BodyTranslator(TranslationContext ctx) {
    this.ctx = ctx;
    this.scalars = new ScalarTranslator(ctx);
    this.merger = new BranchMerger(ctx, scalars);
    ConstantArguments constants = new ConstantArguments(ctx);
    TensorFactoryTranslator factories = new TensorFactoryTranslator(ctx, scalars, constants);
    TensorCallTranslator tensors = new TensorCallTranslator(ctx, scalars, constants, factories);
    KernelInliner inliner = new KernelInliner(ctx, scalars, this);
    this.expressions = new ExpressionTranslator(ctx, scalars, merger, tensors, factories, inliner);
    this.loops = new LoopUnroller(ctx, expressions, this);
  }

  /** Translates the statement at {@code path}; statements after every path returned are skipped. */
  void statement(TreePath path, FunctionScope scope) {
    if (!scope.isLive()) {
      return; // unreachable: javac reports it
    }
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case BLOCK -> {
        for (StatementTree s : ((BlockTree) tree).getStatements()) {
          statement(child(path, s), scope);
        }
      }
      case VARIABLE -> declare(path, scope);
      case EXPRESSION_STATEMENT ->
          expressions.translate(child(path, ((ExpressionStatementTree) tree).getExpression()), scope);
      case RETURN -> returnStatement(path, scope);
      case IF -> ifStatement(path, scope);
      case FOR_LOOP -> loops.unroll(path, scope);
      case EMPTY_STATEMENT -> { }
      default -> {
        ctx.error(path, Message.UNSUPPORTED_STATEMENT, describe(tree));
        scope.poison(); // what the statement would have returned is unknown: no missing-return too
      }
    }
  }

  private static String describe(Tree tree) {
    return switch (tree.getKind()) {
      case WHILE_LOOP -> "a while loop";
      case DO_WHILE_LOOP -> "a do-while loop";
      case ENHANCED_FOR_LOOP -> "a for-each loop";
      case SWITCH -> "a switch statement";
      case TRY -> "a try statement";
      case THROW -> "a throw statement";
      case SYNCHRONIZED -> "a synchronized statement";
      case LABELED_STATEMENT -> "a labeled statement";
      case BREAK -> "break";
      case CONTINUE -> "continue";
      case ASSERT -> "an assert statement";
      case YIELD -> "yield";
      case CLASS, INTERFACE, ENUM, RECORD -> "a local class";
      default -> "a " + tree.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " statement";
    };
  }

  private void declare(TreePath path, FunctionScope scope) {
    VariableTree tree = (VariableTree) path.getLeaf();
    Element variable = ctx.element(path);
    if (tree.getInitializer() == null) {
      scope.env().bind(variable, expressions.checkLocalType(variable, path)
          ? Operand.Unassigned.INSTANCE : Operand.Poison.INSTANCE);
      return;
    }
    Operand value = expressions.translate(child(path, tree.getInitializer()), scope);
    scope.env().bind(variable, expressions.assignTo(variable, value, path));
  }

  private void returnStatement(TreePath path, FunctionScope scope) {
    ReturnTree tree = (ReturnTree) path.getLeaf();
    if (tree.getExpression() == null) {
      return; // a void return: javac reports it
    }
    Operand value = expressions.translate(child(path, tree.getExpression()), scope);
    if (value == Operand.Poison.INSTANCE) {
      scope.poison();
    }
    scope.addReturn(value, path);
  }

  private void ifStatement(TreePath path, FunctionScope scope) {
    IfTree tree = (IfTree) path.getLeaf();
    Operand condition = expressions.translate(child(path, tree.getCondition()), scope);
    TreePath thenPath = child(path, tree.getThenStatement());
    TreePath elsePath = tree.getElseStatement() == null ? null : child(path, tree.getElseStatement());
    if (condition instanceof Operand.Constant c) {
      TreePath taken = c.isTrue() ? thenPath : elsePath;
      if (taken != null) {
        statement(taken, scope);
      }
      return;
    }
    Value cond = condition instanceof Operand.Scalar s ? s.value() : null;
    if (cond == null) {
      scope.poison();
    }
    Environment before = scope.env();
    PathCondition outer = scope.path();

    scope.setEnv(before.copy());
    scope.setPath(cond == null ? outer : outer.and(cond, true));
    branch(cond, true, thenPath, scope);
    Environment thenEnv = scope.env();
    PathCondition thenPathCondition = scope.path();

    scope.setEnv(before.copy());
    scope.setPath(cond == null ? outer : outer.and(cond, false));
    if (elsePath != null) {
      branch(cond, false, elsePath, scope);
    }
    Environment elseEnv = scope.env();
    PathCondition elsePathCondition = scope.path();

    if (thenPathCondition != null && elsePathCondition != null) {
      scope.setEnv(merger.merge(condition, before, thenEnv, elseEnv, path));
      scope.setPath(outer);
    } else if (thenPathCondition != null) {
      scope.setEnv(thenEnv);
      scope.setPath(thenPathCondition);
    } else if (elsePathCondition != null) {
      scope.setEnv(elseEnv);
      scope.setPath(elsePathCondition);
    } else {
      scope.setPath(null);
    }
  }

  /** Translates one branch of an {@code if} under its condition ({@code null}: not known). */
  private void branch(Value cond, boolean positive, TreePath branch, FunctionScope scope) {
    if (cond == null) {
      statement(branch, scope);
    } else {
      ctx.guarded(cond, positive, () -> {
        statement(branch, scope);
        return null;
      });
    }
  }

  /**
   * The value the function at {@code functionPath} returns: the returns met, latest first, joined
   * by selects on their guards. Reports {@code [strata.missing-return]} when a path falls off
   * the end.
   */
  Operand finish(FunctionScope scope, TreePath functionPath) {
    if (scope.isPoisoned()) {
      return Operand.Poison.INSTANCE;
    }
    List<FunctionScope.PendingReturn> returns = scope.returns();
    if (scope.isLive() || returns.isEmpty()) {
      ctx.error(functionPath, Message.MISSING_RETURN, scope.function().getSimpleName());
      return Operand.Poison.INSTANCE;
    }
    Operand result = returns.getLast().value();
    for (int i = returns.size() - 2; i >= 0; i--) {
      FunctionScope.PendingReturn r = returns.get(i);
      Value guard = scalars.condition(r.guard(), r.at());
      result = merger.select(new Operand.Scalar(guard, null), r.value(), result,
          "the returned value", r.at());
      if (result == Operand.Poison.INSTANCE) {
        break;
      }
    }
    return result;
  }
}
