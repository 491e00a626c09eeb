package dev.strata.processor.frontend;

import static dev.strata.processor.frontend.TranslationContext.child;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Type;
import dev.strata.ir.dialect.tensor.Inferred;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.validation.KernelSignature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Inlines a call to another {@code @Kernel} method: its parameters are bound to the arguments
 * (each tensor argument checked against the callee's {@code @Shape}: dtype, rank, fixed dims and
 * the consistency of its symbols), and its body is translated in place into the caller's IR.
 * Recursion, direct or through other kernels, cannot be inlined and is reported.
 */
final class KernelInliner {
  private final TranslationContext ctx;
  private final ScalarTranslator scalars;
  private final BodyTranslator body;

  KernelInliner(TranslationContext ctx, ScalarTranslator scalars, BodyTranslator body) {
    this.ctx = ctx;
    this.scalars = scalars;
    this.body = body;
  }

  /** The value of {@code callee(args)}, the call being at {@code call}. */
  Operand inline(ExecutableElement callee, List<Operand> args, List<TreePath> at, TreePath call) {
    String name = qualifiedName(callee);
    if (ctx.inlineStack().contains(callee)) {
      ctx.error(call, Message.RECURSIVE_KERNEL, name, chain(callee));
      return Operand.Poison.INSTANCE;
    }
    if (!ctx.validator().isValid(callee)) {
      ctx.error(call, Message.INVALID_CALLEE, name);
      return Operand.Poison.INSTANCE;
    }
    TreePath calleePath = ctx.trees().getPath(callee);
    if (calleePath == null || ((MethodTree) calleePath.getLeaf()).getBody() == null) {
      ctx.error(call, Message.KERNEL_SOURCE_UNAVAILABLE, name);
      return Operand.Poison.INSTANCE;
    }
    KernelSignature signature = KernelSignature.of(callee);
    Environment env = new Environment();
    Map<String, Dim> symbols = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < args.size(); i++) {
      KernelSignature.Parameter p = signature.parameters().get(i);
      Operand arg = args.get(i);
      if (p.isTensor()) {
        ok &= matches(p, (Operand.TensorValue) arg, symbols, name, at.get(i));
        env.bind(p.element(), arg);
      } else {
        env.bind(p.element(), scalars.convert(arg, ((Type.Scalar) p.type()).kind(), at.get(i)));
      }
    }
    if (!ok) {
      return Operand.Poison.INSTANCE;
    }
    ctx.inlineStack().push(callee);
    try {
      FunctionScope scope = new FunctionScope(callee, env);
      body.statement(child(calleePath, ((MethodTree) calleePath.getLeaf()).getBody()), scope);
      return body.finish(scope, calleePath);
    } finally {
      ctx.inlineStack().pop();
    }
  }

  /** Whether a tensor argument fits the parameter's {@code @Shape}; records run-time checks. */
  private boolean matches(KernelSignature.Parameter p, Operand.TensorValue arg, Map<String, Dim> symbols,
      String callee, TreePath at) {
    Type.Tensor declared = (Type.Tensor) p.type();
    Type.Tensor actual = arg.type();
    boolean ok = declared.dtype() == actual.dtype() && declared.rank() == actual.rank();
    List<Inferred.Constraint> checks = new ArrayList<>();
    for (int axis = 0; ok && axis < declared.rank(); axis++) {
      Dim want = declared.dim(axis);
      Dim have = actual.dim(axis);
      if (want instanceof Dim.Sym s) {
        Dim previous = symbols.putIfAbsent(s.name(), have);
        want = previous == null ? have : previous;
      }
      if (want.isConst() && have.isConst()) {
        ok = want.equals(have);
      } else if (!want.equals(have)) {
        checks.add(new Inferred.Constraint(have, want));
      }
    }
    if (!ok) {
      ctx.error(at, Message.ARGUMENT_MISMATCH, p.name(), callee, actual,
          "tensor<" + declared.dtype().irName() + p.dims() + ">");
      return false;
    }
    checks.forEach(ctx::constrain);
    return true;
  }

  private static String qualifiedName(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getSimpleName() + "." + method.getSimpleName();
  }

  /** The chain of inlined kernels from the first call of {@code callee} back to it. */
  private String chain(ExecutableElement callee) {
    StringBuilder out = new StringBuilder();
    boolean started = false;
    for (Iterator<ExecutableElement> it = ctx.inlineStack().descendingIterator(); it.hasNext(); ) {
      ExecutableElement m = it.next();
      started |= m.equals(callee);
      if (started) {
        out.append(m.getSimpleName()).append(" -> ");
      }
    }
    return out.append(callee.getSimpleName()).toString();
  }
}
