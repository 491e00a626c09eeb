package dev.strata.ir.dialect.tensor;

/** The reductions of {@code Tensor}: {@code sum mean max min argmax}. */
public enum ReduceKind {
  SUM, MEAN, MAX, MIN, ARGMAX;

  /** The op name without prefix. */
  public String opName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
