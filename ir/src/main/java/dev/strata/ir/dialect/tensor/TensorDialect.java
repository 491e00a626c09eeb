package dev.strata.ir.dialect.tensor;

import dev.strata.ir.core.Dialect;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.UnaryKind;

/** The tensor level: value semantics, one op per {@code Tensor} operation. */
public final class TensorDialect implements Dialect {
  @Override
  public String name() {
    return "tensor";
  }

  @Override
  public void registerOps(OpRegistry registry) {
    for (BinaryKind k : BinaryKind.values()) {
      if (k.tensorName() != null) {
        registry.register(TensorBinaryOp.name(k), TensorBinaryOp::new);
      }
    }
    for (CmpKind k : CmpKind.values()) {
      registry.register(TensorCompareOp.name(k), TensorCompareOp::new);
    }
    for (UnaryKind k : UnaryKind.values()) {
      if (k != UnaryKind.FLOOR && k != UnaryKind.CEIL && k != UnaryKind.NOT) {
        registry.register(TensorUnaryOp.name(k), TensorUnaryOp::new);
      }
    }
    for (ReduceKind k : ReduceKind.values()) {
      registry.register(ReduceOp.name(k), ReduceOp::new);
    }
    registry.register(WhereOp.NAME, WhereOp::new);
    registry.register(TensorCastOp.NAME, TensorCastOp::new);
    registry.register(MatmulOp.NAME, MatmulOp::new);
    registry.register(TransposeOp.NAME, TransposeOp::new);
    registry.register(ReshapeOp.NAME, ReshapeOp::new);
    registry.register(BroadcastToOp.NAME, BroadcastToOp::new);
    registry.register(SliceOp.NAME, SliceOp::new);
    registry.register(FillOp.NAME, FillOp::new);
    registry.register(SplatOp.NAME, SplatOp::new);
    registry.register(IotaOp.NAME, IotaOp::new);
    registry.register(RandomOp.NAME, RandomOp::new);
    registry.register(ExtractOp.NAME, ExtractOp::new);
    registry.register(DimOp.NAME, DimOp::new);
    registry.register(GroupOp.NAME, GroupOp::new);
    registry.register(YieldOp.NAME, YieldOp::new);
  }
}
