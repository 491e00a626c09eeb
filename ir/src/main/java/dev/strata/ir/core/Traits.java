package dev.strata.ir.core;

/** Marker interfaces for properties that passes rely on, in the manner of MLIR's op traits. */
public final class Traits {
  private Traits() {}

  /** No side effects: an unused pure op may be removed, two equal pure ops may be merged. */
  public interface Pure {}

  /** Ends a block. */
  public interface Terminator {}

  /** Computes each output element from the input elements at the same (broadcast) index. */
  public interface Elementwise {}

  /** Values defined outside the op's regions may not be used inside them. */
  public interface IsolatedFromAbove {}
}
