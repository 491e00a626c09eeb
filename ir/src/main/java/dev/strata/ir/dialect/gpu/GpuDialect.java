package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Dialect;
import dev.strata.ir.core.OpRegistry;

/** The GPU level: kernels, ids, local memory, barriers, work-group reductions and launches. */
public final class GpuDialect implements Dialect {
  @Override
  public String name() {
    return "gpu";
  }

  @Override
  public void registerOps(OpRegistry registry) {
    registry.register(GpuFuncOp.NAME, GpuFuncOp::new);
    registry.register(GpuReturnOp.NAME, GpuReturnOp::new);
    for (GpuIdOp.Kind k : GpuIdOp.Kind.values()) {
      registry.register(k.opName(), GpuIdOp::new);
    }
    registry.register(BarrierOp.NAME, BarrierOp::new);
    registry.register(LocalAllocOp.NAME, LocalAllocOp::new);
    registry.register(GpuIfOp.NAME, GpuIfOp::new);
    registry.register(GroupReduceOp.NAME, GroupReduceOp::new);
    registry.register(GroupArgmaxOp.NAME, GroupArgmaxOp::new);
    registry.register(LaunchOp.NAME, LaunchOp::new);
    registry.register(GpuRandomOp.NAME, GpuRandomOp::new);
  }
}
