package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;

/**
 * {@code gpu.barrier() {fence = "local"}}: every thread of the work-group waits here, and the
 * writes each made before it to the fenced address space ({@code "local"} or {@code "global"},
 * which also fences local memory) are visible to all after it. Every thread of a work-group must
 * reach the same barriers, so a barrier never sits under control flow that depends on the thread.
 */
public final class BarrierOp extends Operation {
  /** The op name. */
  public static final String NAME = "gpu.barrier";

  /** Creates the op from its state; used by the registry. */
  public BarrierOp(OperationState state) {
    super(state);
  }

  /** A barrier fencing {@code fence} memory. */
  public static void create(OpBuilder b, Location loc, String fence) {
    b.create(new OperationState(NAME, loc).attr("fence", Attribute.of(fence)));
  }

  /** The fenced address space, {@code "local"} or {@code "global"}. */
  public String fence() {
    return stringAttr("fence");
  }

  @Override
  public String verify() {
    if (!(attr("fence") instanceof Attribute.StringAttr s)
        || !(s.value().equals("local") || s.value().equals("global"))) {
      return "gpu.barrier needs fence = \"local\" or \"global\"";
    }
    if (ancestor(GpuIfOp.class).isPresent()) {
      return "gpu.barrier must not sit inside gpu.if: every thread must reach it";
    }
    return ancestor(GpuFuncOp.class).isPresent() ? null : "gpu.barrier is only valid inside gpu.func";
  }
}
