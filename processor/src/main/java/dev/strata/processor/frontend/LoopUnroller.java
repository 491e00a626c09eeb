package dev.strata.processor.frontend;

import static dev.strata.processor.frontend.TranslationContext.child;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.dialect.arith.ScalarSemantics;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.validation.KernelSignature;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Unrolls {@code for} loops whose trip count is a compile-time constant: the classic
 * {@code for (int i = a; i < b; i += c)} (any of {@code < <= > >= !=}, {@code ++ -- += -=}), with
 * {@code a}, {@code b}, {@code c} constants and neither {@code i} nor the bound's variables
 * assigned in the body. The body is translated once per iteration with {@code i} bound to that
 * iteration's constant, so the loop variable folds into axes, shapes and conditions.
 */
final class LoopUnroller {
  /** The most iterations a loop may have. */
  static final int MAX_ITERATIONS = 1024;

  /** The most times nested loops may run their innermost body in all. */
  static final int MAX_TOTAL_ITERATIONS = 4096;

  /** How many times the loops around the one being unrolled run their bodies in all. */
  private long enclosingIterations = 1;

  private final TranslationContext ctx;
  private final ExpressionTranslator expressions;
  private final BodyTranslator body;

  LoopUnroller(TranslationContext ctx, ExpressionTranslator expressions, BodyTranslator body) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.body = body;
  }

  /** The recognised parts of a classic counting loop. */
  private record Shape(VariableTree variable, Tree.Kind comparison, ExpressionTree bound,
      ExpressionTree step, boolean negativeStep) {}

  /** Unrolls the loop at {@code path} into {@code scope}. */
  void unroll(TreePath path, FunctionScope scope) {
    ForLoopTree loop = (ForLoopTree) path.getLeaf();
    Shape shape = recognise(loop);
    if (shape == null) {
      ctx.error(path, Message.LOOP_NOT_CONSTANT,
          "only loops of the form for (int i = a; i < b; i += c) with constant a, b and c are unrolled");
      scope.poison(); // the loop is not translated: what it returns is unknown
      return;
    }
    Set<String> assigned = assignedNames(loop.getStatement());
    Set<String> boundNames = identifiers(shape.bound());
    boundNames.add(shape.variable().getName().toString());
    boundNames.retainAll(assigned);
    if (!boundNames.isEmpty()) {
      ctx.error(path, Message.LOOP_NOT_CONSTANT, "the body assigns " + String.join(", ", boundNames));
      scope.poison(); // the loop is not translated: what it returns is unknown
      return;
    }
    TreePath varPath = child(path, shape.variable());
    Element variable = ctx.element(varPath);
    ScalarKind kind = KernelSignature.scalarKind(variable.asType());
    if (kind != ScalarKind.I32 && kind != ScalarKind.I64) {
      ctx.error(varPath, Message.LOOP_NOT_CONSTANT, "the loop variable must be an int or a long");
      scope.poison(); // the loop is not translated: what it returns is unknown
      return;
    }
    Long start = constant(child(varPath, shape.variable().getInitializer()), scope, "the start value");
    Long bound = constant(child(child(path, loop.getCondition()), shape.bound()), scope, "the bound");
    Long step = shape.step() == null ? Long.valueOf(1)
        : constant(child(path, shape.step()), scope, "the step");
    if (start == null || bound == null || step == null) {
      scope.poison(); // the loop is not translated: what it returns is unknown
      return;
    }
    long signedStep = shape.negativeStep() ? -step : step;
    BigInteger trips = tripCount(start, bound, signedStep, shape.comparison());
    if (trips.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
      ctx.error(path, Message.LOOP_TOO_LONG, trips, MAX_ITERATIONS);
      scope.poison(); // the loop is not translated: what it returns is unknown
      return;
    }
    long total = enclosingIterations * trips.longValue();
    if (total > MAX_TOTAL_ITERATIONS) {
      ctx.error(path, Message.LOOP_NEST_TOO_LONG, total, MAX_TOTAL_ITERATIONS);
      scope.poison(); // the loop is not translated: what it returns is unknown
      return;
    }
    long value = start;
    TreePath bodyPath = child(path, loop.getStatement());
    long outer = enclosingIterations;
    enclosingIterations = Math.max(1, total);
    try {
      for (int i = 0; i < trips.intValue() && scope.isLive(); i++) {
        scope.env().bind(variable, new Operand.Constant(kind, ScalarSemantics.ofLong(value, kind)));
        body.statement(bodyPath, scope);
        value += signedStep;
      }
    } finally {
      enclosingIterations = outer;
    }
  }

  private Long constant(TreePath path, FunctionScope scope, String what) {
    Operand o = expressions.translate(path, scope);
    if (o instanceof Operand.Constant c && c.isInteger()) {
      return c.longValue();
    }
    if (o != Operand.Poison.INSTANCE) {
      ctx.error(path, Message.LOOP_NOT_CONSTANT, what + " '" + path.getLeaf() + "' is not a constant");
    }
    return null;
  }

  /** How often the loop body runs; a huge number for a loop that never ends. */
  static BigInteger tripCount(long start, long bound, long step, Tree.Kind comparison) {
    BigInteger s = BigInteger.valueOf(start);
    BigInteger b = BigInteger.valueOf(bound);
    BigInteger c = BigInteger.valueOf(step);
    BigInteger forever = BigInteger.valueOf(Long.MAX_VALUE);
    return switch (comparison) {
      case LESS_THAN -> start >= bound ? BigInteger.ZERO : step <= 0 ? forever
          : b.subtract(s).add(c).subtract(BigInteger.ONE).divide(c);
      case LESS_THAN_EQUAL -> start > bound ? BigInteger.ZERO : step <= 0 ? forever
          : b.subtract(s).divide(c).add(BigInteger.ONE);
      case GREATER_THAN -> start <= bound ? BigInteger.ZERO : step >= 0 ? forever
          : s.subtract(b).add(c.negate()).subtract(BigInteger.ONE).divide(c.negate());
      case GREATER_THAN_EQUAL -> start < bound ? BigInteger.ZERO : step >= 0 ? forever
          : s.subtract(b).divide(c.negate()).add(BigInteger.ONE);
      default -> {
        BigInteger distance = b.subtract(s);
        if (distance.signum() == 0) {
          yield BigInteger.ZERO;
        }
        yield step == 0 || distance.signum() != c.signum() || distance.mod(c.abs()).signum() != 0
            ? forever : distance.divide(c);
      }
    };
  }

  private static Shape recognise(ForLoopTree loop) {
    if (loop.getInitializer().size() != 1 || loop.getUpdate().size() != 1 || loop.getCondition() == null
        || !(loop.getInitializer().getFirst() instanceof VariableTree var) || var.getInitializer() == null) {
      return null;
    }
    String name = var.getName().toString();
    ExpressionTree cond = unparenthesise(loop.getCondition());
    if (!(cond instanceof BinaryTree test)) {
      return null;
    }
    Tree.Kind cmp = test.getKind();
    ExpressionTree bound;
    if (isName(test.getLeftOperand(), name)) {
      bound = test.getRightOperand();
    } else if (isName(test.getRightOperand(), name)) {
      bound = test.getLeftOperand();
      cmp = flip(cmp);
    } else {
      return null;
    }
    if (cmp == null) {
      return null;
    }
    ExpressionStatementTree update = loop.getUpdate().getFirst();
    return switch (update.getExpression()) {
      case UnaryTree u when isName(u.getExpression(), name) -> switch (u.getKind()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> new Shape(var, cmp, bound, null, false);
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> new Shape(var, cmp, bound, null, true);
        default -> null;
      };
      case CompoundAssignmentTree c when isName(c.getVariable(), name) -> switch (c.getKind()) {
        case PLUS_ASSIGNMENT -> new Shape(var, cmp, bound, c.getExpression(), false);
        case MINUS_ASSIGNMENT -> new Shape(var, cmp, bound, c.getExpression(), true);
        default -> null;
      };
      case AssignmentTree a when isName(a.getVariable(), name)
          && unparenthesise(a.getExpression()) instanceof BinaryTree sum
          && isName(sum.getLeftOperand(), name) -> switch (sum.getKind()) {
            case PLUS -> new Shape(var, cmp, bound, sum.getRightOperand(), false);
            case MINUS -> new Shape(var, cmp, bound, sum.getRightOperand(), true);
            default -> null;
          };
      default -> null;
    };
  }

  private static Tree.Kind flip(Tree.Kind cmp) {
    return switch (cmp) {
      case LESS_THAN -> Tree.Kind.GREATER_THAN;
      case LESS_THAN_EQUAL -> Tree.Kind.GREATER_THAN_EQUAL;
      case GREATER_THAN -> Tree.Kind.LESS_THAN;
      case GREATER_THAN_EQUAL -> Tree.Kind.LESS_THAN_EQUAL;
      case NOT_EQUAL_TO -> Tree.Kind.NOT_EQUAL_TO;
      default -> null;
    };
  }

  private static ExpressionTree unparenthesise(ExpressionTree e) {
    while (e instanceof com.sun.source.tree.ParenthesizedTree p) {
      e = p.getExpression();
    }
    return e;
  }

  private static boolean isName(ExpressionTree e, String name) {
    return unparenthesise(e) instanceof IdentifierTree id && id.getName().contentEquals(name);
  }

  private static Set<String> identifiers(Tree tree) {
    Set<String> names = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        names.add(node.getName().toString());
        return null;
      }
    }.scan(tree, null);
    return names;
  }

  private static Set<String> assignedNames(StatementTree body) {
    Set<String> names = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        record(node.getVariable());
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        record(node.getVariable());
        return super.visitCompoundAssignment(node, unused);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        switch (node.getKind()) {
          case POSTFIX_INCREMENT, PREFIX_INCREMENT, POSTFIX_DECREMENT, PREFIX_DECREMENT ->
              record(node.getExpression());
          default -> { }
        }
        return super.visitUnary(node, unused);
      }

      private void record(ExpressionTree variable) {
        if (unparenthesise(variable) instanceof IdentifierTree id) {
          names.add(id.getName().toString());
        }
      }
    }.scan(body, null);
    return names;
  }
}
