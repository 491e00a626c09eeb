package dev.strata.processor.frontend;

import static dev.strata.processor.frontend.TranslationContext.child;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.OpResult;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.validation.KernelSignature;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Translates expressions: literals, names (locals, parameters, {@code static final} constants,
 * {@code DType} constants), assignments, operators, casts and {@code ?:}; calls go to the
 * {@link CallTranslator}. Anything else is reported at its tree and yields poison.
 */
final class ExpressionTranslator {
  private static final String DTYPE = "dev.strata.DType";

  private final TranslationContext ctx;
  private final ScalarTranslator scalars;
  private final BranchMerger merger;
  private final CallTranslator calls;

  ExpressionTranslator(TranslationContext ctx, ScalarTranslator scalars, BranchMerger merger,
      TensorCallTranslator tensors, TensorFactoryTranslator factories, KernelInliner inliner) {
    this.ctx = ctx;
    this.scalars = scalars;
    this.merger = merger;
    this.calls = new CallTranslator(ctx, this, scalars, tensors, factories, inliner);
  }

  /** The value of the expression at {@code path}. */
  Operand translate(TreePath path, FunctionScope scope) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case PARENTHESIZED -> translate(child(path, ((ParenthesizedTree) tree).getExpression()), scope);
      case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL, BOOLEAN_LITERAL, CHAR_LITERAL,
          STRING_LITERAL, NULL_LITERAL -> literal(path);
      case IDENTIFIER, MEMBER_SELECT -> name(path, scope);
      case METHOD_INVOCATION -> calls.call(path, scope);
      case ASSIGNMENT -> assignment(path, scope);
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
          increment(path, scope);
      case UNARY_MINUS, UNARY_PLUS, LOGICAL_COMPLEMENT, BITWISE_COMPLEMENT -> unary(path, scope);
      case CONDITIONAL_EXPRESSION -> conditional(path, scope);
      case TYPE_CAST -> cast(path, scope);
      default -> switch (tree) {
        case CompoundAssignmentTree unused -> compoundAssignment(path, scope);
        case BinaryTree unused -> binary(path, scope);
        default -> unsupported(path, describe(tree));
      };
    };
  }

  private Operand unsupported(TreePath path, String what) {
    ctx.error(path, Message.UNSUPPORTED_EXPRESSION, what);
    return Operand.Poison.INSTANCE;
  }

  private static String describe(Tree tree) {
    return switch (tree.getKind()) {
      case NEW_CLASS -> "object creation (" + firstLine(tree) + ")";
      case NEW_ARRAY -> "array creation";
      case ARRAY_ACCESS -> "array access (" + tree + ")";
      case LAMBDA_EXPRESSION -> "a lambda expression";
      case MEMBER_REFERENCE -> "a method reference (" + tree + ")";
      case INSTANCE_OF -> "instanceof";
      case SWITCH_EXPRESSION -> "a switch expression";
      case LEFT_SHIFT, RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT, LEFT_SHIFT_ASSIGNMENT,
          RIGHT_SHIFT_ASSIGNMENT, UNSIGNED_RIGHT_SHIFT_ASSIGNMENT -> "shift (<<, >>, >>>)";
      default -> tree.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private static String firstLine(Tree tree) {
    String text = tree.toString();
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl) + "...";
  }

  // Literals and names.

  private Operand literal(TreePath path) {
    LiteralTree tree = (LiteralTree) path.getLeaf();
    Object value = tree.getValue();
    if (tree.getKind() == Tree.Kind.CHAR_LITERAL) {
      ctx.error(path, Message.UNSUPPORTED_TYPE, "char");
      return Operand.Poison.INSTANCE;
    }
    Operand c = constant(value);
    return c != null ? c : unsupported(path, tree.getKind() == Tree.Kind.NULL_LITERAL ? "null" : "the string " + tree);
  }

  /** A Java constant value as an operand, or null for strings. */
  private static Operand constant(Object value) {
    return switch (value) {
      case Integer i -> new Operand.Constant(ScalarKind.I32, Attribute.of((long) i));
      case Short s -> new Operand.Constant(ScalarKind.I32, Attribute.of((long) s));
      case Byte b -> new Operand.Constant(ScalarKind.I32, Attribute.of((long) b));
      case Character c -> new Operand.Constant(ScalarKind.I32, Attribute.of((long) c));
      case Long l -> new Operand.Constant(ScalarKind.I64, Attribute.of((long) l));
      case Float f -> new Operand.Constant(ScalarKind.F32, Attribute.of((double) f));
      case Double d -> new Operand.Constant(ScalarKind.F64, Attribute.of((double) d));
      case Boolean b -> Operand.Constant.of(b);
      case null, default -> null;
    };
  }

  private Operand name(TreePath path, FunctionScope scope) {
    Element e = ctx.element(path);
    if (e == null || e.asType().getKind() == TypeKind.ERROR) {
      return Operand.Poison.INSTANCE; // javac reports the unresolved name
    }
    String name = e.getSimpleName().toString();
    switch (e.getKind()) {
      case LOCAL_VARIABLE, PARAMETER -> {
        Operand v = scope.env().lookup(e);
        if (v == null) {
          return Operand.Poison.INSTANCE; // declared by a statement that was already reported
        }
        if (v == Operand.Unassigned.INSTANCE) {
          ctx.error(path, Message.UNINITIALIZED, name);
          return Operand.Poison.INSTANCE;
        }
        return v;
      }
      case ENUM_CONSTANT -> {
        if (e.getEnclosingElement() instanceof TypeElement t && t.getQualifiedName().contentEquals(DTYPE)) {
          return new Operand.DTypeConstant(DType.valueOf(name));
        }
        return unsupported(path, "the enum constant " + name);
      }
      case FIELD -> {
        VariableElement field = (VariableElement) e;
        Object value = field.getModifiers().contains(Modifier.STATIC) ? field.getConstantValue() : null;
        Operand c = constant(value);
        if (c != null) {
          return c;
        }
        return unsupported(path, "reading the field '" + name
            + "' (only static final fields with constant values can be read)");
      }
      default -> {
        return unsupported(path, "the " + e.getKind().name().toLowerCase(Locale.ROOT) + " " + name);
      }
    }
  }

  // Variables.

  /** Whether a local of {@code variable}'s type can live in a kernel, reporting if not. */
  boolean checkLocalType(Element variable, TreePath at) {
    TypeMirror t = variable.asType();
    if (KernelSignature.isTensor(t) || KernelSignature.isClass(t, DTYPE)
        || KernelSignature.scalarKind(t) != null || t.getKind() == TypeKind.ERROR) {
      return true;
    }
    ctx.error(at, Message.UNSUPPORTED_TYPE, t);
    return false;
  }

  /** {@code value} converted for assignment to {@code variable} (Java's assignment conversion). */
  Operand assignTo(Element variable, Operand value, TreePath at) {
    if (value == Operand.Poison.INSTANCE) {
      return value;
    }
    if (!checkLocalType(variable, at)) {
      return Operand.Poison.INSTANCE;
    }
    ScalarKind kind = KernelSignature.scalarKind(variable.asType());
    Operand converted = kind == null ? value : scalars.convert(value, kind, at);
    Value v = switch (converted) {
      case Operand.TensorValue t -> t.value();
      case Operand.Scalar s -> s.value();
      default -> null;
    };
    if (v instanceof OpResult && v.nameHint() == null) {
      v.setNameHint(variable.getSimpleName().toString());
    }
    return converted;
  }

  /** The local or parameter assigned at {@code path}, or null after reporting. */
  private Element variable(TreePath path) {
    Element e = ctx.element(path);
    if (e != null && (e.getKind() == ElementKind.LOCAL_VARIABLE || e.getKind() == ElementKind.PARAMETER)) {
      return e;
    }
    if (e == null && path.getLeaf().getKind() != Tree.Kind.ARRAY_ACCESS) {
      return null; // javac reports the unresolved name
    }
    unsupported(path, "assignment to " + path.getLeaf());
    return null;
  }

  private Operand assignment(TreePath path, FunctionScope scope) {
    AssignmentTree tree = (AssignmentTree) path.getLeaf();
    Element variable = variable(child(path, tree.getVariable()));
    if (variable == null) {
      return Operand.Poison.INSTANCE;
    }
    Operand value = assignTo(variable, translate(child(path, tree.getExpression()), scope), path);
    scope.env().bind(variable, value);
    return value;
  }

  private Operand compoundAssignment(TreePath path, FunctionScope scope) {
    CompoundAssignmentTree tree = (CompoundAssignmentTree) path.getLeaf();
    Tree.Kind op = switch (tree.getKind()) {
      case PLUS_ASSIGNMENT -> Tree.Kind.PLUS;
      case MINUS_ASSIGNMENT -> Tree.Kind.MINUS;
      case MULTIPLY_ASSIGNMENT -> Tree.Kind.MULTIPLY;
      case DIVIDE_ASSIGNMENT -> Tree.Kind.DIVIDE;
      case REMAINDER_ASSIGNMENT -> Tree.Kind.REMAINDER;
      case AND_ASSIGNMENT -> Tree.Kind.AND;
      case OR_ASSIGNMENT -> Tree.Kind.OR;
      case XOR_ASSIGNMENT -> Tree.Kind.XOR;
      case LEFT_SHIFT_ASSIGNMENT -> Tree.Kind.LEFT_SHIFT;
      case RIGHT_SHIFT_ASSIGNMENT -> Tree.Kind.RIGHT_SHIFT;
      case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT -> Tree.Kind.UNSIGNED_RIGHT_SHIFT;
      default -> null;
    };
    if (op == null) {
      return unsupported(path, describe(tree));
    }
    TreePath varPath = child(path, tree.getVariable());
    Element variable = variable(varPath);
    if (variable == null) {
      return Operand.Poison.INSTANCE;
    }
    Operand current = translate(varPath, scope);
    Operand rhs = translate(child(path, tree.getExpression()), scope);
    return update(variable, op, current, rhs, path, scope);
  }

  private Operand increment(TreePath path, FunctionScope scope) {
    UnaryTree tree = (UnaryTree) path.getLeaf();
    TreePath varPath = child(path, tree.getExpression());
    Element variable = variable(varPath);
    if (variable == null) {
      return Operand.Poison.INSTANCE;
    }
    Operand current = translate(varPath, scope);
    boolean up = tree.getKind() == Tree.Kind.PREFIX_INCREMENT || tree.getKind() == Tree.Kind.POSTFIX_INCREMENT;
    Operand one = new Operand.Constant(ScalarKind.I32, Attribute.of(1L));
    Operand updated = update(variable, up ? Tree.Kind.PLUS : Tree.Kind.MINUS, current, one, path, scope);
    boolean prefix = tree.getKind() == Tree.Kind.PREFIX_INCREMENT || tree.getKind() == Tree.Kind.PREFIX_DECREMENT;
    return prefix || updated == Operand.Poison.INSTANCE ? updated : current;
  }

  /** {@code variable = (T) (current op rhs)}: a compound assignment with its implicit cast. */
  private Operand update(Element variable, Tree.Kind op, Operand current, Operand rhs, TreePath path,
      FunctionScope scope) {
    Operand result = Operand.Poison.INSTANCE;
    if (current != Operand.Poison.INSTANCE && rhs != Operand.Poison.INSTANCE) {
      Operand computed = scalars.binary(op, current, rhs, path);
      result = computed == null ? unsupported(path, describe(path.getLeaf()) + " on these operands")
          : assignTo(variable, computed, path);
    }
    scope.env().bind(variable, result);
    return result;
  }

  // Operators.

  private Operand binary(TreePath path, FunctionScope scope) {
    BinaryTree tree = (BinaryTree) path.getLeaf();
    Tree.Kind kind = tree.getKind();
    Operand l = translate(child(path, tree.getLeftOperand()), scope);
    if (l instanceof Operand.Constant c && c.kind() == ScalarKind.BOOL
        && (kind == Tree.Kind.CONDITIONAL_AND && !c.isTrue() || kind == Tree.Kind.CONDITIONAL_OR && c.isTrue())) {
      return c; // short circuit: the right operand is never evaluated
    }
    TreePath right = child(path, tree.getRightOperand());
    boolean shortCircuit = kind == Tree.Kind.CONDITIONAL_AND || kind == Tree.Kind.CONDITIONAL_OR;
    Operand r = shortCircuit && l instanceof Operand.Scalar s
        ? ctx.guarded(s.value(), kind == Tree.Kind.CONDITIONAL_AND, () -> translate(right, scope))
        : translate(right, scope);
    if (l == Operand.Poison.INSTANCE || r == Operand.Poison.INSTANCE) {
      return Operand.Poison.INSTANCE;
    }
    Operand result = scalars.binary(kind, l, r, path);
    if (result != null) {
      return result;
    }
    boolean tensors = l instanceof Operand.TensorValue || r instanceof Operand.TensorValue;
    return unsupported(path, "the operator " + describe(tree) + (tensors ? " on Tensor values" : ""));
  }

  private Operand unary(TreePath path, FunctionScope scope) {
    UnaryTree tree = (UnaryTree) path.getLeaf();
    Operand x = translate(child(path, tree.getExpression()), scope);
    if (x == Operand.Poison.INSTANCE) {
      return x;
    }
    Operand result = scalars.unary(tree.getKind(), x, path);
    return result != null ? result : unsupported(path, "the operator " + describe(tree) + " on this operand");
  }

  private Operand conditional(TreePath path, FunctionScope scope) {
    ConditionalExpressionTree tree = (ConditionalExpressionTree) path.getLeaf();
    Operand cond = translate(child(path, tree.getCondition()), scope);
    TreePath ifTrue = child(path, tree.getTrueExpression());
    TreePath ifFalse = child(path, tree.getFalseExpression());
    ScalarKind kind = resultKind(path);
    if (cond instanceof Operand.Constant c) {
      Operand v = translate(c.isTrue() ? ifTrue : ifFalse, scope);
      return kind == null ? v : scalars.convert(v, kind, path);
    }
    Operand a = cond instanceof Operand.Scalar s ? ctx.guarded(s.value(), true, () -> translate(ifTrue, scope))
        : translate(ifTrue, scope);
    Operand b = cond instanceof Operand.Scalar s ? ctx.guarded(s.value(), false, () -> translate(ifFalse, scope))
        : translate(ifFalse, scope);
    if (cond == Operand.Poison.INSTANCE || a == Operand.Poison.INSTANCE || b == Operand.Poison.INSTANCE) {
      return Operand.Poison.INSTANCE;
    }
    if (kind != null) {
      a = scalars.convert(a, kind, ifTrue);
      b = scalars.convert(b, kind, ifFalse);
    }
    return merger.select(cond, a, b, firstLine(tree), path);
  }

  /** The scalar kind javac gave the expression at {@code path}, or null. */
  private ScalarKind resultKind(TreePath path) {
    TypeMirror t = ctx.trees().getTypeMirror(path);
    return t == null ? null : KernelSignature.scalarKind(t);
  }

  private Operand cast(TreePath path, FunctionScope scope) {
    TypeCastTree tree = (TypeCastTree) path.getLeaf();
    Operand x = translate(child(path, tree.getExpression()), scope);
    if (x == Operand.Poison.INSTANCE) {
      return x;
    }
    if (tree.getType() instanceof PrimitiveTypeTree primitive) {
      ScalarKind kind = switch (primitive.getPrimitiveTypeKind()) {
        case BOOLEAN -> ScalarKind.BOOL;
        case BYTE -> ScalarKind.I8;
        case INT -> ScalarKind.I32;
        case LONG -> ScalarKind.I64;
        case FLOAT -> ScalarKind.F32;
        case DOUBLE -> ScalarKind.F64;
        default -> null;
      };
      if (kind == null) {
        ctx.error(path, Message.UNSUPPORTED_TYPE, primitive.getPrimitiveTypeKind().name().toLowerCase(Locale.ROOT));
        return Operand.Poison.INSTANCE;
      }
      if (Operand.scalarKind(x) != null) {
        return scalars.convert(x, kind, path);
      }
    } else if (x instanceof Operand.TensorValue) {
      TypeMirror target = ctx.trees().getTypeMirror(child(path, tree.getType()));
      if (target != null && KernelSignature.isTensor(target)) {
        return x;
      }
    }
    return unsupported(path, "the cast " + firstLine(tree));
  }
}
