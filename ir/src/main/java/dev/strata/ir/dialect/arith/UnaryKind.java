package dev.strata.ir.dialect.arith;

/** Unary math, shared by {@code math} (scalars) and {@code tensor} (elementwise). */
public enum UnaryKind {
  NEG(true), ABS(true), RELU(true), SQUARE(true),
  EXP(false), LOG(false), SQRT(false), RSQRT(false), TANH(false), SIGMOID(false), GELU(false),
  ERF(false), SIN(false), COS(false), RECIPROCAL(false), FLOOR(false), CEIL(false), NOT(true);

  private final boolean integerOk;

  UnaryKind(boolean integerOk) {
    this.integerOk = integerOk;
  }

  /** The op name without prefix, e.g. {@code exp}. */
  public String opName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the op is defined on integer dtypes (else floating only). */
  public boolean acceptsIntegers() {
    return integerOk;
  }

  /** Evaluates the op in double precision, as the eager reference does. */
  public double apply(double x) {
    return switch (this) {
      case NEG -> -x;
      case ABS -> Math.abs(x);
      case RELU -> Double.isNaN(x) ? x : Math.max(x, 0.0);
      case SQUARE -> x * x;
      case EXP -> Math.exp(x);
      case LOG -> Math.log(x);
      case SQRT -> Math.sqrt(x);
      case RSQRT -> 1.0 / Math.sqrt(x);
      case TANH -> Math.tanh(x);
      case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
      case GELU -> 0.5 * x * (1.0 + Math.tanh(Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x)));
      case ERF -> throw new UnsupportedOperationException("erf is not folded");
      case SIN -> Math.sin(x);
      case COS -> Math.cos(x);
      case RECIPROCAL -> 1.0 / x;
      case FLOOR -> Math.floor(x);
      case CEIL -> Math.ceil(x);
      case NOT -> x == 0 ? 1 : 0;
    };
  }
}
