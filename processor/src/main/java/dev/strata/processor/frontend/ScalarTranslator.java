package dev.strata.processor.frontend;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.JavaMathOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.ScalarSemantics;
import dev.strata.ir.dialect.arith.ShiftOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.arith.UnaryKind;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.validation.KernelSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Scalar expressions with Java's semantics: binary numeric promotion (made explicit with
 * {@code arith.cast}), arithmetic, comparisons, logic and the supported {@code Math} functions.
 * Expressions of constants fold at compile time with {@link ScalarSemantics}, so constant
 * conditions, loop bounds, axes and shapes stay constants.
 */
final class ScalarTranslator {
  /** The {@code Math} functions a kernel may call, with the scalar op each becomes. */
  static final Map<String, UnaryKind> MATH_UNARY = Map.of(
      "exp", UnaryKind.EXP, "log", UnaryKind.LOG, "sqrt", UnaryKind.SQRT, "abs", UnaryKind.ABS,
      "tanh", UnaryKind.TANH, "sin", UnaryKind.SIN, "cos", UnaryKind.COS,
      "floor", UnaryKind.FLOOR, "ceil", UnaryKind.CEIL);

  /** The two-argument {@code Math} functions a kernel may call. */
  static final Map<String, BinaryKind> MATH_BINARY = Map.of(
      "max", BinaryKind.MAX, "min", BinaryKind.MIN, "pow", BinaryKind.POW);

  private final TranslationContext ctx;

  ScalarTranslator(TranslationContext ctx) {
    this.ctx = ctx;
  }

  private Rewriter b() {
    return ctx.builder();
  }

  /** Java's binary numeric promotion of two numeric kinds. */
  static ScalarKind promote(ScalarKind a, ScalarKind b) {
    if (a == ScalarKind.F64 || b == ScalarKind.F64) {
      return ScalarKind.F64;
    }
    if (a == ScalarKind.F32 || b == ScalarKind.F32) {
      return ScalarKind.F32;
    }
    if (a == ScalarKind.I64 || b == ScalarKind.I64) {
      return ScalarKind.I64;
    }
    return ScalarKind.I32;
  }

  /** {@code s} converted to {@code target} with Java's cast rules. */
  Operand convert(Operand s, ScalarKind target, TreePath at) {
    return switch (s) {
      case Operand.Constant c -> c.kind() == target ? c : Operand.Constant.of(target, c.value());
      case Operand.Scalar v -> {
        if (v.kind() == target) {
          yield v;
        }
        Dim dim = v.kind().isInteger() && target.isInteger() ? v.dim() : null;
        yield new Operand.Scalar(CastOp.create(b(), ctx.loc(at), v.value(), target), dim, v.clamped());
      }
      default -> s;
    };
  }

  /** The SSA value of a scalar operand, materialising a constant as {@code arith.constant}. */
  Value materialize(Operand s, TreePath at) {
    return switch (s) {
      case Operand.Constant c -> ConstantOp.create(b(), ctx.loc(at), c.kind(), c.value());
      case Operand.Scalar v -> v.value();
      default -> throw new IllegalArgumentException("not a scalar: " + s);
    };
  }

  /** The SSA value of {@code s} converted to {@code kind}. */
  Value materialize(Operand s, ScalarKind kind, TreePath at) {
    return materialize(convert(s, kind, at), at);
  }

  /**
   * {@code l op r} for a binary operator tree kind, or null when the operator does not apply to
   * these operands (the caller reports it).
   */
  Operand binary(Tree.Kind op, Operand l, Operand r, TreePath at) {
    ScalarKind kl = Operand.scalarKind(l);
    ScalarKind kr = Operand.scalarKind(r);
    if (kl == null || kr == null) {
      return null;
    }
    boolean logical = kl == ScalarKind.BOOL && kr == ScalarKind.BOOL;
    boolean numeric = kl != ScalarKind.BOOL && kr != ScalarKind.BOOL;
    return switch (op) {
      case PLUS -> numeric ? arithmetic(BinaryKind.ADD, l, r, at) : null;
      case MINUS -> numeric ? arithmetic(BinaryKind.SUB, l, r, at) : null;
      case MULTIPLY -> numeric ? arithmetic(BinaryKind.MUL, l, r, at) : null;
      case DIVIDE -> numeric ? arithmetic(BinaryKind.DIV, l, r, at) : null;
      case REMAINDER -> numeric ? arithmetic(BinaryKind.REM, l, r, at) : null;
      case LESS_THAN -> numeric ? compare(CmpKind.LT, l, r, at) : null;
      case LESS_THAN_EQUAL -> numeric ? compare(CmpKind.LE, l, r, at) : null;
      case GREATER_THAN -> numeric ? compare(CmpKind.GT, l, r, at) : null;
      case GREATER_THAN_EQUAL -> numeric ? compare(CmpKind.GE, l, r, at) : null;
      case EQUAL_TO -> numeric || logical ? compare(CmpKind.EQ, l, r, at) : null;
      case NOT_EQUAL_TO -> numeric || logical ? compare(CmpKind.NE, l, r, at) : null;
      case CONDITIONAL_AND, AND -> logical || (numeric && integral(kl, kr))
          ? arithmetic(BinaryKind.AND, l, r, at) : null;
      case CONDITIONAL_OR, OR -> logical || (numeric && integral(kl, kr))
          ? arithmetic(BinaryKind.OR, l, r, at) : null;
      case XOR -> logical || (numeric && integral(kl, kr)) ? arithmetic(BinaryKind.XOR, l, r, at) : null;
      case LEFT_SHIFT -> numeric && integral(kl, kr) ? shift("<<", l, r, at) : null;
      case RIGHT_SHIFT -> numeric && integral(kl, kr) ? shift(">>", l, r, at) : null;
      case UNSIGNED_RIGHT_SHIFT -> numeric && integral(kl, kr) ? shift(">>>", l, r, at) : null;
      default -> null;
    };
  }

  /**
   * Java's {@code l op r}: the left operand promoted on its own ({@code int} or {@code long}), the
   * count's low bits only (an {@code int} cast keeps them); folded for constants.
   */
  private Operand shift(String op, Operand l, Operand r, TreePath at) {
    ScalarKind k = Operand.scalarKind(l) == ScalarKind.I64 ? ScalarKind.I64 : ScalarKind.I32;
    Operand a = convert(l, k, at);
    Operand n = convert(r, ScalarKind.I32, at);
    if (a instanceof Operand.Constant x && n instanceof Operand.Constant c) {
      return new Operand.Constant(k, ScalarSemantics.ofLong(ShiftOp.apply(op, k, x.longValue(), (int) c.longValue()), k));
    }
    return new Operand.Scalar(ShiftOp.create(b(), ctx.loc(at), op, materialize(a, at), materialize(n, at)), null);
  }

  private static boolean integral(ScalarKind a, ScalarKind b) {
    return a.isInteger() && b.isInteger();
  }

  /** {@code l kind r} after promotion, folded when both are constants. */
  Operand arithmetic(BinaryKind kind, Operand l, Operand r, TreePath at) {
    ScalarKind k = Operand.scalarKind(l) == ScalarKind.BOOL ? ScalarKind.BOOL
        : promote(Operand.scalarKind(l), Operand.scalarKind(r));
    Operand a = convert(l, k, at);
    Operand c = convert(r, k, at);
    if (a instanceof Operand.Constant x && c instanceof Operand.Constant y) {
      Attribute folded = ScalarSemantics.binary(kind, k, x.value(), y.value());
      if (folded != null) {
        return new Operand.Constant(k, folded);
      }
    }
    Value divisor = materialize(c, at);
    if ((kind == BinaryKind.DIV || kind == BinaryKind.REM) && k.isInteger() && !isNonZero(c)) {
      divisor = guardedDivisor(divisor, k, at);
    }
    Value v = ArithBinaryOp.create(b(), ctx.loc(at), kind, materialize(a, at), divisor);
    Dim dim = dimOf(kind, k, a, c);
    boolean clamped = dim != null && (Operand.clamped(a) || Operand.clamped(c)
        || kind == BinaryKind.SUB && !Dim.atMost(Operand.dimOf(c), Operand.dimOf(a)));
    return new Operand.Scalar(v, dim, clamped);
  }

  private static boolean isNonZero(Operand c) {
    return c instanceof Operand.Constant x && x.isInteger() && x.longValue() != 0;
  }

  /**
   * {@code divisor}, or 1 where Java would not run the division ({@link TranslationContext#guard}):
   * the IR computes both sides of a branch, and only a division Java runs may throw.
   */
  private Value guardedDivisor(Value divisor, ScalarKind k, TreePath at) {
    Value runs = condition(ctx.guard(), at);
    if (runs == null) {
      return divisor;
    }
    Value one = ConstantOp.create(b(), ctx.loc(at), k, Attribute.of(1L));
    return SelectOp.create(b(), ctx.loc(at), runs, divisor, one);
  }

  private static Dim dimOf(BinaryKind kind, ScalarKind k, Operand a, Operand c) {
    Dim da = Operand.dimOf(a);
    Dim dc = Operand.dimOf(c);
    if (!k.isInteger() || da == null || dc == null) {
      return null;
    }
    return switch (kind) {
      case ADD -> Dim.apply(Dim.Op.ADD, da, dc);
      case SUB -> Dim.apply(Dim.Op.SUB, da, dc);
      case MUL -> Dim.apply(Dim.Op.MUL, da, dc);
      case DIV -> dc.is(0) ? null : Dim.apply(Dim.Op.DIV, da, dc);
      default -> null;
    };
  }

  /** {@code l kind r} compared after promotion, folded when both are constants. */
  Operand compare(CmpKind kind, Operand l, Operand r, TreePath at) {
    ScalarKind k = Operand.scalarKind(l) == ScalarKind.BOOL ? ScalarKind.BOOL
        : promote(Operand.scalarKind(l), Operand.scalarKind(r));
    Operand a = convert(l, k, at);
    Operand c = convert(r, k, at);
    if (a instanceof Operand.Constant x && c instanceof Operand.Constant y) {
      boolean result = x.value() instanceof Attribute.IntAttr xi && y.value() instanceof Attribute.IntAttr yi
          ? kind.test(Long.compare(xi.value(), yi.value()), 0)
          : kind.test(x.doubleValue(), y.doubleValue());
      return Operand.Constant.of(result);
    }
    return new Operand.Scalar(CmpOp.create(b(), ctx.loc(at), kind, materialize(a, at),
        materialize(c, at)), null);
  }

  /** A unary operator, or null when it does not apply to {@code x}. */
  Operand unary(Tree.Kind op, Operand x, TreePath at) {
    ScalarKind k = Operand.scalarKind(x);
    if (k == null) {
      return null;
    }
    return switch (op) {
      case UNARY_PLUS -> k == ScalarKind.BOOL ? null : convert(x, promote(k, ScalarKind.I32), at);
      case UNARY_MINUS -> k == ScalarKind.BOOL ? null : negate(convert(x, promote(k, ScalarKind.I32), at), at);
      case LOGICAL_COMPLEMENT -> k == ScalarKind.BOOL ? not(x, at) : null;
      case BITWISE_COMPLEMENT -> k.isInteger()
          ? arithmetic(BinaryKind.XOR, x, new Operand.Constant(ScalarKind.I32, Attribute.of(-1L)), at)
          : null;
      default -> null;
    };
  }

  private Operand negate(Operand x, TreePath at) {
    if (x instanceof Operand.Constant c) {
      return new Operand.Constant(c.kind(), c.isInteger()
          ? ScalarSemantics.ofLong(-c.longValue(), c.kind())
          : ScalarSemantics.ofDouble(-c.doubleValue(), c.kind()));
    }
    return new Operand.Scalar(MathOp.create(b(), ctx.loc(at), UnaryKind.NEG, materialize(x, at)), null);
  }

  /** {@code !x} for a bool operand. */
  Operand not(Operand x, TreePath at) {
    if (x instanceof Operand.Constant c) {
      return Operand.Constant.of(!c.isTrue());
    }
    return new Operand.Scalar(MathOp.create(b(), ctx.loc(at), UnaryKind.NOT, materialize(x, at)), null);
  }

  /** The bool value of a path condition, or null when it is always true. */
  Value condition(PathCondition path, TreePath at) {
    Value acc = null;
    Location loc = ctx.loc(at);
    for (PathCondition.Literal lit : path.literals()) {
      Value v = lit.positive() ? lit.condition() : MathOp.create(b(), loc, UnaryKind.NOT, lit.condition());
      acc = acc == null ? v : ArithBinaryOp.create(b(), loc, BinaryKind.AND, acc, v);
    }
    return acc;
  }

  /**
   * A call to a supported {@code java.lang.Math} function: the arguments are converted to the
   * parameter types of the overload javac chose, and the result has its return type.
   */
  Operand math(ExecutableElement method, List<Operand> args, TreePath at) {
    String name = method.getSimpleName().toString();
    List<Operand> converted = new ArrayList<>();
    List<? extends VariableElement> params = method.getParameters();
    for (int i = 0; i < args.size(); i++) {
      converted.add(convert(args.get(i), KernelSignature.scalarKind(params.get(i).asType()), at));
    }
    ScalarKind result = KernelSignature.scalarKind(method.getReturnType());
    if (JavaMathOp.FUNCTIONS.contains(name)) {
      return javaMath(name, converted, result, at);
    }
    UnaryKind unary = MATH_UNARY.get(name);
    if (unary != null) {
      Operand x = converted.getFirst();
      if (x instanceof Operand.Constant c) {
        return new Operand.Constant(result, c.isInteger()
            ? ScalarSemantics.ofLong(Math.abs(c.longValue()), result)
            : ScalarSemantics.ofDouble(unary.apply(c.doubleValue()), result));
      }
      return new Operand.Scalar(MathOp.create(b(), ctx.loc(at), unary, materialize(x, at)), null);
    }
    return arithmetic(MATH_BINARY.get(name), converted.get(0), converted.get(1), at);
  }

  /** {@code Math.name(args)} as Java computes it: folded when every argument is a constant. */
  private Operand javaMath(String name, List<Operand> args, ScalarKind result, TreePath at) {
    List<ScalarKind> kinds = args.stream().map(Operand::scalarKind).toList();
    java.lang.reflect.Method m = JavaMathOp.method(name, kinds);
    if (m == null) {
      ctx.error(at, Message.UNSUPPORTED_CALL, "Math." + name + kinds);
      return Operand.Poison.INSTANCE;
    }
    if (args.stream().allMatch(a -> a instanceof Operand.Constant)) {
      Object[] values = new Object[args.size()];
      for (int i = 0; i < values.length; i++) {
        Operand.Constant c = (Operand.Constant) args.get(i);
        values[i] = switch (kinds.get(i)) {
          case F32 -> (float) c.doubleValue();
          case F64 -> c.doubleValue();
          case I32 -> (int) c.longValue();
          default -> c.longValue();
        };
      }
      try {
        Object v = m.invoke(null, values);
        return new Operand.Constant(result, v instanceof Double || v instanceof Float
            ? ScalarSemantics.ofDouble(((Number) v).doubleValue(), result)
            : ScalarSemantics.ofLong(((Number) v).longValue(), result));
      } catch (java.lang.reflect.InvocationTargetException e) {
        if (!(e.getCause() instanceof ArithmeticException)) {
          throw new IllegalStateException("Math." + name + " failed at compile time", e);
        }
        // A division by a constant zero throws at run time, where Java runs it.
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Math." + name + " failed at compile time", e);
      }
    }
    List<Value> values = new ArrayList<>(args.stream().map(a -> materialize(a, at)).toList());
    if (JavaMathOp.DIVIDING.contains(name)) {
      values.set(1, guardedDivisor(values.get(1), kinds.get(1), at));
    }
    return new Operand.Scalar(JavaMathOp.create(b(), ctx.loc(at), name, values, result), null);
  }
}
