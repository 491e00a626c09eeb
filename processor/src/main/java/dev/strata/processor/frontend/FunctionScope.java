package dev.strata.processor.frontend;

import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * The translation state of one function body, the kernel's own or one being inlined: its
 * variables, the condition under which the current statement runs (null once every path has
 * returned), and the values returned so far with their guards, which {@link BodyTranslator}
 * merges with selects at the end.
 */
final class FunctionScope {
  /**
   * One {@code return} met so far.
   *
   * @param guard the condition under which it returns
   * @param value the returned value
   * @param at the return statement
   */
  record PendingReturn(PathCondition guard, Operand value, TreePath at) {}

  private final ExecutableElement function;
  private Environment environment;
  private PathCondition path = PathCondition.TRUE;
  private boolean poisoned;
  private final List<PendingReturn> returns = new ArrayList<>();

  FunctionScope(ExecutableElement function, Environment environment) {
    this.function = function;
    this.environment = environment;
  }

  /** The function whose body this is. */
  ExecutableElement function() {
    return function;
  }

  /** The current variables. */
  Environment env() {
    return environment;
  }

  /** Replaces the variables (after translating a branch on a copy). */
  void setEnv(Environment env) {
    this.environment = env;
  }

  /** Whether the current statement can run: some path has not returned yet. */
  boolean isLive() {
    return path != null;
  }

  /** The condition under which the current statement runs; null when no path is live. */
  PathCondition path() {
    return path;
  }

  /** Sets the current path condition; null marks every path as returned. */
  void setPath(PathCondition path) {
    this.path = path;
  }

  /** Records a return under the current path condition; the current path then ends. */
  void addReturn(Operand value, TreePath at) {
    returns.add(new PendingReturn(path, value, at));
    path = null;
  }

  /** The returns met so far, in order. */
  List<PendingReturn> returns() {
    return Collections.unmodifiableList(returns);
  }

  /** Marks the result as poison: an error made the returned value unknowable. */
  void poison() {
    poisoned = true;
  }

  /** Whether the result is poison. */
  boolean isPoisoned() {
    return poisoned;
  }
}
