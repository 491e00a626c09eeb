package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Dialect;
import dev.strata.ir.core.OpRegistry;

/** The loop level: buffers, parallel and sequential loops, loads and stores, library calls. */
public final class LoopDialect implements Dialect {
  @Override
  public String name() {
    return "loop";
  }

  @Override
  public void registerOps(OpRegistry registry) {
    registry.register(SymOp.NAME, SymOp::new);
    registry.register(AllocOp.NAME, AllocOp::new);
    registry.register(ParallelOp.NAME, ParallelOp::new);
    registry.register(ForOp.NAME, ForOp::new);
    registry.register(YieldOp.NAME, YieldOp::new);
    registry.register(LoadOp.NAME, LoadOp::new);
    registry.register(StoreOp.NAME, StoreOp::new);
    registry.register(LoopMatmulOp.NAME, LoopMatmulOp::new);
    registry.register(LoopRandomOp.NAME, LoopRandomOp::new);
    registry.register(CheckOp.NAME, CheckOp::new);
  }
}
