package dev.strata.ir.diagnostic;

/**
 * The catalogue of every error Strata reports, each with a stable id printed in brackets, e.g.
 * {@code [strata.shape-mismatch] ...}. Tests and users match on the id; the text may improve.
 */
public enum Message {
  // Kernel signatures.
  NOT_STATIC("not-static", "@Kernel method %s must be static"),
  BAD_ENCLOSING_CLASS("bad-enclosing-class",
      "@Kernel method %s must be in a top-level or static nested class"),
  BAD_RETURN_TYPE("bad-return-type", "@Kernel method %s must return Tensor, not %s"),
  MISSING_SHAPE("missing-shape", "Tensor parameter '%s' needs a @Shape annotation"),
  SHAPE_ON_SCALAR("shape-on-scalar", "parameter '%s' has type %s and no shape: @Shape belongs on Tensor parameters"),
  BAD_SHAPE_ENTRY("bad-shape-entry",
      "@Shape entry \"%s\" of parameter '%s' is neither a symbol nor a non-negative integer"),
  BAD_PARAMETER_TYPE("bad-parameter-type",
      "parameter '%s' has type %s; kernels take Tensor, float, double, int or long"),
  GENERIC_KERNEL("generic-kernel", "@Kernel method %s may not have type parameters"),

  // Kernel bodies.
  UNSUPPORTED_STATEMENT("unsupported-statement", "%s is not supported in a kernel body"),
  UNSUPPORTED_EXPRESSION("unsupported-expression", "%s is not supported in a kernel body"),
  UNSUPPORTED_CALL("unsupported-call",
      "call to %s is not supported in a kernel; use Tensor operations, Math functions or other @Kernel methods"),
  UNSUPPORTED_TYPE("unsupported-type", "values of type %s are not supported in a kernel body"),
  RECURSIVE_KERNEL("recursive-kernel", "@Kernel method %s calls itself through %s; recursion cannot be inlined"),
  LOOP_NOT_CONSTANT("loop-not-constant",
      "the trip count of this for loop is not a compile-time constant: %s"),
  LOOP_TOO_LONG("loop-too-long", "this for loop runs %d times; at most %d iterations are unrolled"),
  LOOP_NEST_TOO_LONG("loop-too-long",
      "with the loops around it, this for loop runs its body %d times; at most %d iterations are unrolled in all"),
  MISSING_RETURN("missing-return", "kernel %s does not return a value on every path"),
  UNINITIALIZED("uninitialized", "variable '%s' is used before it is assigned"),
  NOT_CONSTANT("not-constant", "%s must be a compile-time constant here"),
  SLICE_BOUND("slice-bound", "%s %s"),
  BRANCH_MISMATCH("branch-mismatch",
      "the branches of this conditional give '%s' different types: %s and %s"),
  KERNEL_SOURCE_UNAVAILABLE("kernel-source-unavailable",
      "@Kernel method %s cannot be inlined: its source is not part of this compilation"),
  ARGUMENT_MISMATCH("argument-mismatch",
      "argument '%s' of @Kernel method %s has type %s, which does not match its @Shape %s"),
  INVALID_CALLEE("invalid-callee", "@Kernel method %s has errors in its signature, so calls to it cannot be compiled"),

  // Types and shapes.
  DTYPE_MISMATCH("dtype-mismatch", "%s: operands have different dtypes %s and %s; convert one with to(DType)"),
  DTYPE_UNSUPPORTED("dtype-unsupported", "%s does not support dtype %s"),
  SHAPE_MISMATCH("shape-mismatch", "%s: shapes %s and %s cannot be broadcast"),
  MATMUL_MISMATCH("matmul-mismatch", "matmul: inner dims differ: %s has %s but %s has %s"),
  AXIS_OUT_OF_RANGE("axis-out-of-range", "%s: axis %d is out of range for rank %d"),
  RANK_MISMATCH("rank-mismatch", "%s: %s"),
  RESHAPE_MISMATCH("reshape-mismatch", "reshape: cannot reshape %s into %s"),

  // Internal.
  INTERNAL("internal", "internal error compiling kernel %s: %s");

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = "strata." + id;
    this.format = format;
  }

  /** The stable id, such as {@code strata.shape-mismatch}. */
  public String id() {
    return id;
  }

  /** The message text with its id prefix: {@code [strata.x] text}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }
}
