package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * {@code loop.alloc : buffer<f32[N, D]>}: a new zeroed buffer whose dims are evaluated from the
 * bound symbols. Not pure: each alloc is a distinct buffer.
 */
public final class AllocOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.alloc";

  /** Creates the op from its state; used by the registry. */
  public AllocOp(OperationState state) {
    super(state);
  }

  /** Allocates a buffer of {@code type}. */
  public static Value create(OpBuilder b, Location loc, Type.Buffer type) {
    return b.create(new OperationState(NAME, loc).results(type)).result();
  }

  /** The buffer type. */
  public Type.Buffer bufferType() {
    return (Type.Buffer) result().type();
  }

  @Override
  public String verify() {
    return result().type() instanceof Type.Buffer ? null : "loop.alloc gives a buffer";
  }
}
