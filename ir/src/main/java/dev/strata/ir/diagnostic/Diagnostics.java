package dev.strata.ir.diagnostic;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the errors of one kernel. Passes report here and signal failure instead of throwing,
 * so that all errors of a compilation are reported in one run.
 */
public final class Diagnostics {
  private final List<Diagnostic> errors = new ArrayList<>();

  /** Reports {@code message} with {@code args} at {@code location}. */
  public void error(Location location, Message message, Object... args) {
    errors.add(new Diagnostic(message, message.format(args), location));
  }

  /** Reports {@code message} with {@code args} at {@code op}'s location. */
  public void error(Operation op, Message message, Object... args) {
    error(op.location(), message, args);
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The errors, in the order reported. */
  public List<Diagnostic> errors() {
    return Collections.unmodifiableList(errors);
  }
}
