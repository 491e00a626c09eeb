package dev.strata.processor.frontend;

import com.sun.source.util.TreePath;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.diagnostic.Message;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * Joins the two sides of a non-constant condition with {@code arith.select}: the variables after
 * an {@code if}, the operands of {@code ?:} and guarded returns. Tensors and scalars alike; two
 * tensors of different types cannot be joined ({@code [strata.branch-mismatch]}).
 */
final class BranchMerger {
  private final TranslationContext ctx;
  private final ScalarTranslator scalars;

  BranchMerger(TranslationContext ctx, ScalarTranslator scalars) {
    this.ctx = ctx;
    this.scalars = scalars;
  }

  /**
   * The variables of {@code before} after an {@code if} whose branches left them as in
   * {@code ifTrue} and {@code ifFalse}; {@code condition} is a bool scalar or poison.
   */
  Environment merge(Operand condition, Environment before, Environment ifTrue, Environment ifFalse,
      TreePath at) {
    Environment out = before.copy();
    for (Element variable : before.variables()) {
      out.bind(variable, select(condition, ifTrue.lookup(variable), ifFalse.lookup(variable),
          variable.getSimpleName().toString(), at));
    }
    return out;
  }

  /** {@code condition ? a : b}, named {@code what} in a diagnostic. */
  Operand select(Operand condition, Operand a, Operand b, String what, TreePath at) {
    if (Objects.equals(a, b)) {
      return a;
    }
    if (a == Operand.Poison.INSTANCE || b == Operand.Poison.INSTANCE
        || condition == Operand.Poison.INSTANCE) {
      return Operand.Poison.INSTANCE;
    }
    if (a == Operand.Unassigned.INSTANCE || b == Operand.Unassigned.INSTANCE) {
      return Operand.Unassigned.INSTANCE;
    }
    Value cond = scalars.materialize(condition, at);
    if (a instanceof Operand.TensorValue x && b instanceof Operand.TensorValue y) {
      if (!x.type().equals(y.type())) {
        ctx.error(at, Message.BRANCH_MISMATCH, what, x.type(), y.type());
        return Operand.Poison.INSTANCE;
      }
      return new Operand.TensorValue(SelectOp.create(ctx.builder(), ctx.loc(at), cond, x.value(), y.value()));
    }
    ScalarKind ka = Operand.scalarKind(a);
    ScalarKind kb = Operand.scalarKind(b);
    if (ka == null || kb == null || (ka == ScalarKind.BOOL) != (kb == ScalarKind.BOOL)) {
      ctx.error(at, Message.BRANCH_MISMATCH, what, describe(a), describe(b));
      return Operand.Poison.INSTANCE;
    }
    ScalarKind k = ka == ScalarKind.BOOL ? ka : ScalarTranslator.promote(ka, kb);
    Value x = scalars.materialize(a, k, at);
    Value y = scalars.materialize(b, k, at);
    Dim da = Operand.dimOf(a);
    Dim dim = da != null && da.equals(Operand.dimOf(b)) ? da : null;
    return new Operand.Scalar(SelectOp.create(ctx.builder(), ctx.loc(at), cond, x, y), dim,
        Operand.clamped(a) || Operand.clamped(b));
  }

  private static String describe(Operand o) {
    return switch (o) {
      case Operand.TensorValue t -> t.type().toString();
      case Operand.DTypeConstant d -> "DType." + d.dtype();
      default -> String.valueOf(Operand.scalarKind(o));
    };
  }
}
