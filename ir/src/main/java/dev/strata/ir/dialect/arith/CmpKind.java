package dev.strata.ir.dialect.arith;

/** Comparisons, giving {@code bool}. */
public enum CmpKind {
  LT("lt", "<"), LE("le", "<="), GT("gt", ">"), GE("ge", ">="), EQ("eq", "=="), NE("ne", "!=");

  private final String opName;
  private final String javaOperator;

  CmpKind(String opName, String javaOperator) {
    this.opName = opName;
    this.javaOperator = javaOperator;
  }

  /** The op name without prefix, the same in {@code arith} and {@code tensor}. */
  public String opName() {
    return opName;
  }

  /** The Java operator. */
  public String javaOperator() {
    return javaOperator;
  }

  /** Evaluates the comparison in double (NaN compares false except for ne). */
  public boolean test(double a, double b) {
    return switch (this) {
      case LT -> a < b;
      case LE -> a <= b;
      case GT -> a > b;
      case GE -> a >= b;
      case EQ -> a == b;
      case NE -> a != b;
    };
  }
}
