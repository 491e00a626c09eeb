package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Type;
import dev.strata.ir.diagnostic.Message;
import java.util.List;

/**
 * What shape and dtype inference found for one op: its result type and the dim relations that
 * must hold at run time ({@code K == K2} for a matmul's inner dims, {@code N ~ M} when two symbolic
 * dims meet in a broadcast), or an error.
 *
 * @param type the result type, or null on error
 * @param constraints dim relations that must hold at run time
 * @param error the error, or null
 * @param args the error's arguments
 */
public record Inferred(Type type, List<Constraint> constraints, Message error, Object[] args) {

  /**
   * A relation of two dims that must hold at run time: equality ({@code N == M}), or, for two dims
   * meeting in an elementwise broadcast, NumPy's rule ({@code N ~ M}: equal, or either is 1).
   *
   * @param lhs one dim
   * @param rhs the other
   * @param broadcast whether either may also be 1
   */
  public record Constraint(Dim lhs, Dim rhs, boolean broadcast) {
    /** Two dims that must be equal at run time. */
    public Constraint(Dim lhs, Dim rhs) {
      this(lhs, rhs, false);
    }

    /** The text form, {@code N == M} or {@code N ~ M}, as the generated entry checks read it. */
    @Override
    public String toString() {
      return lhs + (broadcast ? " ~ " : " == ") + rhs;
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
