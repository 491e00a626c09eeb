package dev.strata.ir.dialect.arith;

import dev.strata.ir.core.Dialect;
import dev.strata.ir.core.OpRegistry;

/** Scalar arithmetic ({@code arith}) and math functions ({@code math}), used at every level. */
public final class ArithDialect implements Dialect {
  @Override
  public String name() {
    return "arith";
  }

  @Override
  public void registerOps(OpRegistry registry) {
    registry.register(ConstantOp.NAME, ConstantOp::new);
    registry.register(SelectOp.NAME, SelectOp::new);
    registry.register(CastOp.NAME, CastOp::new);
    registry.register(FmaOp.NAME, FmaOp::new);
    registry.register(JavaMathOp.NAME, JavaMathOp::new);
    registry.register(ShiftOp.NAME, ShiftOp::new);
    for (BinaryKind k : BinaryKind.values()) {
      registry.register(ArithBinaryOp.name(k), ArithBinaryOp::new);
    }
    for (CmpKind k : CmpKind.values()) {
      registry.register(CmpOp.name(k), CmpOp::new);
    }
    for (UnaryKind k : UnaryKind.values()) {
      registry.register(MathOp.name(k), MathOp::new);
    }
  }
}
