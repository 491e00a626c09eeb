package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Type;
import dev.strata.ir.diagnostic.Message;
import java.util.List;

/**
 * What shape and dtype inference found for one op: its result type and the dim equalities that
 * must hold at run time ({@code N == M} when two symbolic dims meet in a broadcast), or an error.
 *
 * @param type the result type, or null on error
 * @param constraints dim pairs that must be equal at run time
 * @param error the error, or null
 * @param args the error's arguments
 */
public record Inferred(Type type, List<Constraint> constraints, Message error, Object[] args) {

  /** Two dims that must be equal at run time. */
  public record Constraint(Dim lhs, Dim rhs) {
    @Override
    public String toString() {
      return lhs + " == " + rhs;
    }
  }

  /** A result with no run-time constraints. */
  public static Inferred of(Type type) {
    return new Inferred(type, List.of(), null, null);
  }

  /** A result with run-time constraints. */
  public static Inferred of(Type type, List<Constraint> constraints) {
    return new Inferred(type, List.copyOf(constraints), null, null);
  }

  /** An error. */
  public static Inferred error(Message message, Object... args) {
    return new Inferred(null, List.of(), message, args);
  }

  /** Whether inference failed. */
  public boolean failed() {
    return error != null;
  }
}
