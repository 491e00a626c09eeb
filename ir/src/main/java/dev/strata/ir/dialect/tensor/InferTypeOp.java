package dev.strata.ir.dialect.tensor;

/**
 * An op whose result type follows from its operands and attributes. The front end types each op
 * as it builds it, and {@link dev.strata.ir.dialect.tensor.transforms.InferShapesPass} re-checks
 * every op after each change, both through this one rule.
 */
public interface InferTypeOp {
  /** Infers the result type from the operands' current types. */
  Inferred infer();
}
