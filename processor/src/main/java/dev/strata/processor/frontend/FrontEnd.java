package dev.strata.processor.frontend;

import static dev.strata.processor.frontend.TranslationContext.child;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.strata.ir.Dialects;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Type;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.builtin.ReturnOp;
import dev.strata.ir.diagnostic.Message;
import dev.strata.ir.pass.Verifier;
import dev.strata.processor.base.DiagnosticReporter;
import dev.strata.processor.base.SourceLocations;
import dev.strata.processor.model.KernelModel;
import dev.strata.processor.validation.KernelSignature;
import dev.strata.processor.validation.SignatureValidator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The javac front end: reads the body of a kernel whose signature is valid through the Tree API
 * and builds its tensor-level IR, a {@code builtin.module} holding one {@code func.func} named
 * after the method. Every op carries the {@link Location} of its tree; each is typed by its
 * inference rule as it is built, and the rules' run-time dim equalities become the function's
 * {@code constraints} attribute. Errors are reported on the exact tree; a kernel with any error
 * yields no model.
 */
public final class FrontEnd {
  private final Trees trees;
  private final Elements elements;
  private final DiagnosticReporter reporter;
  private final SourceLocations locations;
  private final SignatureValidator validator;
  private final OpRegistry registry = Dialects.all();

  /** A front end for one processing round. */
  public FrontEnd(Trees trees, Elements elements, DiagnosticReporter reporter, SourceLocations locations,
      SignatureValidator validator) {
    this.trees = trees;
    this.elements = elements;
    this.reporter = reporter;
    this.locations = locations;
    this.validator = validator;
  }

  /**
   * Translates {@code kernel}, whose signature {@link SignatureValidator} accepted; empty when its
   * body had errors (all of them reported).
   */
  public Optional<KernelModel> translate(ExecutableElement kernel) {
    int errorsBefore = reporter.errorCount();
    TreePath methodPath = trees.getPath(kernel);
    String name = kernel.getSimpleName().toString();
    if (methodPath == null || ((MethodTree) methodPath.getLeaf()).getBody() == null) {
      reporter.error(kernel, Message.KERNEL_SOURCE_UNAVAILABLE, name);
      return Optional.empty();
    }
    KernelSignature signature = KernelSignature.of(kernel);
    Rewriter builder = new Rewriter(registry);
    TranslationContext ctx = new TranslationContext(trees, builder, reporter, locations, validator);
    Block body = new Block();
    Environment env = new Environment();
    for (KernelSignature.Parameter p : signature.parameters()) {
      BlockArgument arg = body.addArgument(p.type(), p.name());
      env.bind(p.element(), p.isTensor() ? new Operand.TensorValue(arg) : new Operand.Scalar(arg, null));
    }
    builder.atEnd(body);
    BodyTranslator translator = new BodyTranslator(ctx);
    ctx.inlineStack().push(kernel);
    FunctionScope scope = new FunctionScope(kernel, env);
    translator.statement(child(methodPath, ((MethodTree) methodPath.getLeaf()).getBody()), scope);
    Operand result = translator.finish(scope, methodPath);
    if (reporter.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    if (!(result instanceof Operand.TensorValue returned)) {
      throw new IllegalStateException("kernel " + name + " gave " + result + " without an error");
    }
    Location loc = ctx.loc(methodPath);
    builder.create(new OperationState(ReturnOp.NAME, ctx.loc(scope.returns().getLast().at()))
        .operands(returned.value()));
    ModuleOp module = ModuleOp.create();
    builder.atEnd(module.body(0));
    FuncOp function = builder.create(FuncOp.class,
        FuncOp.state(name, List.<Type>of(returned.type()), body, loc));
    builder.setAttr(function, "constraints", new Attribute.ArrayAttr(
        ctx.constraints().stream().map(c -> (Attribute) Attribute.of(c)).toList()));
    List<String> problems = Verifier.verify(module);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the front end built malformed IR for " + name + ":\n  "
          + String.join("\n  ", problems));
    }
    return Optional.of(model(kernel, signature, methodPath, function));
  }

  private KernelModel model(ExecutableElement kernel, KernelSignature signature, TreePath methodPath,
      FuncOp function) {
    TypeElement owner = (TypeElement) kernel.getEnclosingElement();
    PackageElement pkg = elements.getPackageOf(owner);
    List<KernelModel.Parameter> params = new ArrayList<>();
    for (KernelSignature.Parameter p : signature.parameters()) {
      params.add(new KernelModel.Parameter(p.name(), p.javaType(),
          p.type() instanceof Type.Tensor t ? t.dtype() : null, p.dims()));
    }
    return new KernelModel(pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(), nestedName(owner),
        kernel.getSimpleName().toString(), List.copyOf(params), elements.getDocComment(kernel),
        locations.fileName(methodPath), function);
  }

  /** The simple names of {@code type} and its enclosing types, joined with '.'. */
  public static String nestedName(TypeElement type) {
    Deque<String> names = new ArrayDeque<>();
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      names.addFirst(t.getSimpleName().toString());
    }
    return String.join(".", names);
  }
}
