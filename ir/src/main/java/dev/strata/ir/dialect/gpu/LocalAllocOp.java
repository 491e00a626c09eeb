package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code gpu.local_alloc() : buffer<f32[256], local>}: work-group local memory of a constant
 * shape, shared by the threads of one work-group for the kernel's lifetime. Valid at the top
 * level of a {@link GpuFuncOp} body only.
 */
public final class LocalAllocOp extends Operation {
  /** The op name. */
  public static final String NAME = "gpu.local_alloc";

  /** Creates the op from its state; used by the registry. */
  public LocalAllocOp(OperationState state) {
    super(state);
  }

  /** Allocates local memory of {@code type}, which must be in the local space. */
  public static Value create(OpBuilder b, Location loc, Type.Buffer type) {
    return b.create(new OperationState(NAME, loc).results(type)).result();
  }

  /** The buffer type. */
  public Type.Buffer bufferType() {
    return (Type.Buffer) result().type();
  }

  /** The number of bytes it takes. */
  public long bytes() {
    Type.Buffer t = bufferType();
    return t.numel().value() * t.dtype().byteSize();
  }

  @Override
  public String verify() {
    if (!(result().type() instanceof Type.Buffer t) || t.space() != Type.MemorySpace.LOCAL) {
      return "gpu.local_alloc gives a buffer in local memory";
    }
    if (t.shape().stream().anyMatch(d -> !(d instanceof dev.strata.ir.core.Dim.Const))) {
      return "gpu.local_alloc needs a constant shape, got " + Type.formatShape(t.shape());
    }
    return parentOp() instanceof GpuFuncOp ? null : "gpu.local_alloc belongs at the top level of a gpu.func";
  }
}
