package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/**
 * The position of the running thread, one op per {@link Kind}: {@code gpu.local_id() {dim = 0} :
 * index} (the thread within its work-group), {@code gpu.group_id} (the work-group within the grid),
 * {@code gpu.local_size} (threads per work-group) and {@code gpu.num_groups} (work-groups in the
 * grid). Only valid inside a {@link GpuFuncOp}.
 */
public final class GpuIdOp extends Operation implements Traits.Pure {
  /** Which id. */
  public enum Kind {
    /** The thread's index within its work-group. */
    LOCAL_ID,
    /** The work-group's index within the grid. */
    GROUP_ID,
    /** The number of threads in a work-group. */
    LOCAL_SIZE,
    /** The number of work-groups in the grid. */
    NUM_GROUPS;

    /** The op name of this kind. */
    public String opName() {
      return "gpu." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Creates the op from its state; used by the registry. */
  public GpuIdOp(OperationState state) {
    super(state);
  }

  /** The id of {@code kind} along dimension 0. */
  public static Value create(OpBuilder b, Location loc, Kind kind) {
    return b.create(new OperationState(kind.opName(), loc).attr("dim", Attribute.of(0L)).results(Type.index()))
        .result();
  }

  /** Which id this is. */
  public Kind kind() {
    return Kind.valueOf(name().substring("gpu.".length()).toUpperCase(java.util.Locale.ROOT));
  }

  /** The grid dimension, 0 to 2. */
  public int dim() {
    return (int) intAttr("dim");
  }

  @Override
  public String verify() {
    long d = attr("dim") instanceof Attribute.IntAttr i ? i.value() : -1;
    if (d < 0 || d > 2 || !operands().isEmpty() || !result().type().equals(Type.index())) {
      return name() + " takes no operands, a dim of 0, 1 or 2, and gives an index";
    }
    return ancestor(GpuFuncOp.class).isPresent() ? null : name() + " is only valid inside gpu.func";
  }
}
