package dev.strata.processor.frontend;

import dev.strata.ir.core.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition under which the statement being translated runs: a conjunction of the enclosing
 * non-constant {@code if} conditions, each taken positively (then branch) or negatively (else
 * branch). A {@code return} records it as the guard of its value.
 *
 * @param literals the conditions, outermost first
 */
record PathCondition(List<Literal> literals) {
  /** The condition of code that always runs. */
  static final PathCondition TRUE = new PathCondition(List.of());

  /**
   * One condition.
   *
   * @param condition a bool scalar
   * @param positive whether the condition holds (else its negation)
   */
  record Literal(Value condition, boolean positive) {}

  PathCondition {
    literals = List.copyOf(literals);
  }

  /** This condition and {@code condition} (or its negation). */
  PathCondition and(Value condition, boolean positive) {
    List<Literal> more = new ArrayList<>(literals);
    more.add(new Literal(condition, positive));
    return new PathCondition(more);
  }

  /** Whether this is always true. */
  boolean isTrue() {
    return literals.isEmpty();
  }
}
