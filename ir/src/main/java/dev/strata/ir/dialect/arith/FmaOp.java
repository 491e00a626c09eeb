package dev.strata.ir.dialect.arith;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code arith.fma(%a, %b, %c)}: {@code Math.fma(a, b, c)}, {@code a * b + c} rounded once, on
 * three floating scalars of one kind. Only lowerings whose reference is not bit-exact use it (a
 * matrix product's reference sums in double), never a rewrite of a separate multiply and add.
 */
public final class FmaOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "arith.fma";

  /** Creates the op from its state; used by the registry. */
  public FmaOp(OperationState state) {
    super(state);
  }

  /** Creates {@code a * b + c}, rounded once. */
  public static Value create(OpBuilder b, Location loc, Value x, Value y, Value addend) {
    return b.create(new OperationState(NAME, loc).operands(x, y, addend).results(x.type())).result();
  }

  @Override
  public String verify() {
    if (operands().size() != 3 || results().size() != 1) {
      return "arith.fma takes three operands and gives one result";
    }
    if (!(result().type() instanceof Type.Scalar s) || !s.kind().isFloating()
        || operands().stream().anyMatch(v -> !v.type().equals(s))) {
      return "arith.fma needs floating scalar operands and result of one type, got " + operand(0).type() + ", "
          + operand(1).type() + ", " + operand(2).type() + " -> " + result().type();
    }
    return null;
  }
}
