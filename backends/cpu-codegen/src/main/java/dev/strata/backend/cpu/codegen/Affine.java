package dev.strata.backend.cpu.codegen;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import java.util.Set;

/** How an index expression changes with a loop's induction variable: the basis of vector loads. */
final class Affine {
  /** The coefficient is not a compile-time constant. */
  static final long UNKNOWN = Long.MIN_VALUE;

  private Affine() {}

  /** The constant {@code c} with {@code v(iv + 1) == v(iv) + c}, or {@link #UNKNOWN}. */
  static long coefficient(Value v, Value iv, Set<Value> varying) {
    if (v == iv) {
      return 1;
    }
    if (!varying.contains(v)) {
      return 0;
    }
    Operation def = v.definingOp();
    if (!(def instanceof ArithBinaryOp b)) {
      return UNKNOWN;
    }
    long a = coefficient(b.operand(0), iv, varying);
    long c = coefficient(b.operand(1), iv, varying);
    if (a == UNKNOWN || c == UNKNOWN) {
      return UNKNOWN;
    }
    return switch (b.kind()) {
      case ADD -> a + c;
      case SUB -> a - c;
      case MUL -> {
        Long ka = constant(b.operand(0));
        Long kc = constant(b.operand(1));
        if (a == 0 && ka != null) {
          yield ka * c;
        }
        if (c == 0 && kc != null) {
          yield kc * a;
        }
        yield a == 0 && c == 0 ? 0 : UNKNOWN;
      }
      default -> UNKNOWN;
    };
  }

  private static Long constant(Value v) {
    return ConstantOp.valueOf(v) instanceof Attribute.IntAttr i ? i.value() : null;
  }
}
