package dev.strata.processor.frontend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The SSA values of the locals and parameters of one function body being translated. Variables
 * are keyed by their javac element, so shadowing and scoping need no bookkeeping: a variable
 * declared inside a block is simply never named again after it. Branches of a non-constant
 * {@code if} translate on {@link #copy() copies} that {@link BranchMerger} merges.
 */
final class Environment {
  private final Map<Element, Operand> bindings;

  Environment() {
    this.bindings = new LinkedHashMap<>();
  }

  private Environment(Map<Element, Operand> bindings) {
    this.bindings = new LinkedHashMap<>(bindings);
  }

  /** An independent copy. */
  Environment copy() {
    return new Environment(bindings);
  }

  /** Binds {@code variable}, declared or assigned, to {@code value}. */
  void bind(Element variable, Operand value) {
    bindings.put(variable, value);
  }

  /** The value of {@code variable}, or null when it was never declared here. */
  Operand lookup(Element variable) {
    return bindings.get(variable);
  }

  /** The variables bound so far, in declaration order. */
  Set<Element> variables() {
    return bindings.keySet();
  }
}
