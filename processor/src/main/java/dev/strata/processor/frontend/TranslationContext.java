package dev.strata.processor.frontend;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.tensor.InferTypeOp;
import dev.strata.ir.dialect.tensor.Inferred;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.base.DiagnosticReporter;
import dev.strata.processor.base.SourceLocations;
import dev.strata.processor.validation.SignatureValidator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The state shared by the translators while one kernel is built: the builder, where diagnostics
 * go, the run-time dim constraints found so far and the chain of kernels being inlined.
 */
final class TranslationContext {
  private final Trees trees;
  private final Rewriter builder;
  private final DiagnosticReporter reporter;
  private final SourceLocations locations;
  private final SignatureValidator validator;
  private final Set<String> constraints = new LinkedHashSet<>();
  private final Deque<ExecutableElement> inlineStack = new ArrayDeque<>();
  private PathCondition guard = PathCondition.TRUE;

  TranslationContext(Trees trees, Rewriter builder, DiagnosticReporter reporter,
      SourceLocations locations, SignatureValidator validator) {
    this.trees = trees;
    this.builder = builder;
    this.reporter = reporter;
    this.locations = locations;
    this.validator = validator;
  }

  /**
   * The conditions under which the code being translated runs in Java: the enclosing non-constant
   * {@code if} branches, {@code ?:} arms and right operands of {@code &&} and {@code ||}, across
   * inlined kernel calls. The IR computes both sides of a branch and selects; what could throw on
   * a side Java would not run (an integer division by zero) is guarded by this condition.
   */
  PathCondition guard() {
    return guard;
  }

  /** Runs {@code translate} with {@code condition} (or its negation) added to {@link #guard()}. */
  <T> T guarded(Value condition, boolean positive, Supplier<T> translate) {
    PathCondition saved = guard;
    guard = guard.and(condition, positive);
    try {
      return translate.get();
    } finally {
      guard = saved;
    }
  }

  /** The builder; its insertion point is the end of the function body. */
  Rewriter builder() {
    return builder;
  }

  /** Checks callees' signatures before they are inlined. */
  SignatureValidator validator() {
    return validator;
  }

  /** The javac tree utilities. */
  Trees trees() {
    return trees;
  }

  /** The kernels being translated, innermost (most recently inlined) first. */
  Deque<ExecutableElement> inlineStack() {
    return inlineStack;
  }

  /** The run-time dim equalities, as {@code "lhs == rhs"}, without duplicates. */
  Set<String> constraints() {
    return constraints;
  }

  /** The location of the tree at {@code path}, remembered for later diagnostics. */
  Location loc(TreePath path) {
    return locations.locate(path);
  }

  /** The element a name or call at {@code path} refers to, or null. */
  Element element(TreePath path) {
    return trees.getElement(path);
  }

  /** Reports {@code message} on the tree at {@code path}. */
  void error(TreePath path, Message message, Object... args) {
    reporter.error(path, message, args);
  }

  /** The path of {@code child}, a direct child of the leaf of {@code parent}. */
  static TreePath child(TreePath parent, Tree child) {
    return new TreePath(parent, child);
  }

  /**
   * Types the op just built by running its inference rule: on success the result gets the
   * inferred type and the rule's constraints are recorded; on failure the error is reported on
   * {@code at}, the op is erased and the result is poison.
   */
  Operand typed(Operation op, TreePath at) {
    Inferred inferred = ((InferTypeOp) op).infer();
    if (inferred.failed()) {
      builder.erase(op);
      error(at, inferred.error(), inferred.args());
      return Operand.Poison.INSTANCE;
    }
    Value result = op.result();
    builder.setType(result, inferred.type());
    inferred.constraints().forEach(this::constrain);
    return result.type() instanceof Type.Tensor ? new Operand.TensorValue(result)
        : new Operand.Scalar(result, null);
  }

  /** Records a run-time dim relation, unless it holds by construction. */
  void constrain(Inferred.Constraint constraint) {
    boolean trivial = DimFactors.sameProduct(constraint.lhs(), constraint.rhs())
        || constraint.broadcast() && (constraint.lhs().is(1) || constraint.rhs().is(1));
    if (!trivial) {
      constraints.add(constraint.toString());
    }
  }
}
