package dev.strata.processor.frontend;

import static dev.strata.processor.frontend.TranslationContext.child;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.strata.Kernel;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.validation.KernelSignature;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Resolves a method call with javac's attribution and sends it where it belongs: {@code Tensor}
 * methods to {@link TensorCallTranslator}, its static factories to
 * {@link TensorFactoryTranslator}, the supported {@code Math} functions to
 * {@link ScalarTranslator#math}, other {@code @Kernel} methods to the {@link KernelInliner}.
 * Any other call is {@code [strata.unsupported-call]}.
 */
final class CallTranslator {
  private final TranslationContext ctx;
  private final ExpressionTranslator expressions;
  private final ScalarTranslator scalars;
  private final TensorCallTranslator tensors;
  private final TensorFactoryTranslator factories;
  private final KernelInliner inliner;

  CallTranslator(TranslationContext ctx, ExpressionTranslator expressions, ScalarTranslator scalars,
      TensorCallTranslator tensors, TensorFactoryTranslator factories, KernelInliner inliner) {
    this.ctx = ctx;
    this.expressions = expressions;
    this.scalars = scalars;
    this.tensors = tensors;
    this.factories = factories;
    this.inliner = inliner;
  }

  /** The value of the call at {@code path}. */
  Operand call(TreePath path, FunctionScope scope) {
    MethodInvocationTree tree = (MethodInvocationTree) path.getLeaf();
    TreePath select = child(path, tree.getMethodSelect());
    Element e = ctx.element(path);
    if (!(e instanceof ExecutableElement method) || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return unsupportedCall(path, select, tree.getMethodSelect().toString(), scope, e == null);
    }
    String name = method.getSimpleName().toString();
    String ownerName = owner.getQualifiedName().toString();
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    if (ownerName.equals(KernelSignature.TENSOR)) {
      if (isStatic && !TensorFactoryTranslator.SUPPORTED.contains(name)) {
        String why = name.equals("of") ? " (arrays are not supported in kernels)" : "";
        return unsupportedCall(path, select, "Tensor." + name + why, scope, false);
      }
      Operand receiver = null;
      if (!isStatic) {
        if (!(tree.getMethodSelect() instanceof MemberSelectTree member)) {
          return unsupportedCall(path, select, "Tensor." + name, scope, false);
        }
        receiver = expressions.translate(child(select, member.getExpression()), scope);
      }
      List<TreePath> at = argumentPaths(path);
      List<Operand> args = arguments(at, scope);
      if (receiver == Operand.Poison.INSTANCE || args == null) {
        return Operand.Poison.INSTANCE;
      }
      return isStatic ? factories.call(name, args, at, path)
          : tensors.call(name, (Operand.TensorValue) receiver, args, at, path);
    }
    boolean math = ownerName.equals("java.lang.Math") || ownerName.equals("java.lang.StrictMath");
    if (math && (ScalarTranslator.MATH_UNARY.containsKey(name) || ScalarTranslator.MATH_BINARY.containsKey(name)
        || dev.strata.ir.dialect.arith.JavaMathOp.FUNCTIONS.contains(name))) {
      List<Operand> args = arguments(argumentPaths(path), scope);
      return args == null ? Operand.Poison.INSTANCE : scalars.math(method, args, path);
    }
    if (isStatic && method.getAnnotation(Kernel.class) != null) {
      List<TreePath> at = argumentPaths(path);
      List<Operand> args = arguments(at, scope);
      return args == null ? Operand.Poison.INSTANCE : inliner.inline(method, args, at, path);
    }
    return unsupportedCall(path, select, owner.getSimpleName() + "." + name, scope, false);
  }

  private Operand unsupportedCall(TreePath path, TreePath select, String what, FunctionScope scope,
      boolean unresolved) {
    if (unresolved || receiverIsPoison(select, scope)) {
      return Operand.Poison.INSTANCE; // javac reports an unresolved method; poison was reported
    }
    ctx.error(path, Message.UNSUPPORTED_CALL, what);
    return Operand.Poison.INSTANCE;
  }

  /** Whether the receiver of a call is a local that already holds poison. */
  private boolean receiverIsPoison(TreePath select, FunctionScope scope) {
    if (select.getLeaf() instanceof MemberSelectTree member
        && member.getExpression() instanceof IdentifierTree) {
      Element e = ctx.element(child(select, member.getExpression()));
      return e != null && scope.env().lookup(e) == Operand.Poison.INSTANCE;
    }
    return false;
  }

  private static List<TreePath> argumentPaths(TreePath call) {
    List<TreePath> out = new ArrayList<>();
    for (ExpressionTree arg : ((MethodInvocationTree) call.getLeaf()).getArguments()) {
      out.add(child(call, arg));
    }
    return out;
  }

  /** The arguments' values, or null when one is poison (all are translated, to report all errors). */
  private List<Operand> arguments(List<TreePath> at, FunctionScope scope) {
    List<Operand> out = new ArrayList<>();
    boolean poison = false;
    for (TreePath arg : at) {
      Operand v = expressions.translate(arg, scope);
      poison |= v == Operand.Poison.INSTANCE;
      out.add(v);
    }
    return poison ? null : out;
  }
}
