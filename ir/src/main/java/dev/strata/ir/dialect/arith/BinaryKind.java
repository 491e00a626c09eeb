package dev.strata.ir.dialect.arith;

/** Binary arithmetic, shared by {@code arith} (scalars) and {@code tensor} (elementwise). */
public enum BinaryKind {
  ADD("add", "add"), SUB("sub", "sub"), MUL("mul", "mul"), DIV("div", "div"),
  POW("pow", "pow"), MAX("max", "maximum"), MIN("min", "minimum"),
  REM("rem", null), AND("and", null), OR("or", null), XOR("xor", null);

  private final String arithName;
  private final String tensorName;

  BinaryKind(String arithName, String tensorName) {
    this.arithName = arithName;
    this.tensorName = tensorName;
  }

  /** The op name in the {@code arith} dialect, without prefix. */
  public String arithName() {
    return arithName;
  }

  /** The op name in the {@code tensor} dialect (the {@code Tensor} method), or null. */
  public String tensorName() {
    return tensorName;
  }

  /** Whether {@code (a op b) op c == a op (b op c)} up to rounding, so reductions may reorder. */
  public boolean isAssociative() {
    return this == ADD || this == MUL || this == MAX || this == MIN || this == AND || this == OR;
  }
}
