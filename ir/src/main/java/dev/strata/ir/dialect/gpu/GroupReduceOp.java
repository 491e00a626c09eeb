package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.BinaryKind;
import java.util.Set;

/**
 * {@code %r = gpu.group_reduce(%partial) {op = "add"} : f32}: combines one value from every thread
 * of the work-group with an associative {@code op} ({@code add}, {@code mul}, {@code max},
 * {@code min}, {@code and}, {@code or}) and gives the result to every thread. Every thread must
 * reach it. {@code lower-group-reductions} expands it into a tree in local memory.
 */
public final class GroupReduceOp extends Operation {
  /** The op name. */
  public static final String NAME = "gpu.group_reduce";

  /** The combining ops a work-group reduction accepts. */
  public static final Set<BinaryKind> COMBINERS =
      Set.of(BinaryKind.ADD, BinaryKind.MUL, BinaryKind.MAX, BinaryKind.MIN, BinaryKind.AND, BinaryKind.OR);

  /** Creates the op from its state; used by the registry. */
  public GroupReduceOp(OperationState state) {
    super(state);
  }

  /** Reduces {@code partial} over the work-group with {@code op}. */
  public static Value create(OpBuilder b, Location loc, Value partial, BinaryKind op) {
    return b.create(new OperationState(NAME, loc).operands(partial)
        .attr("op", Attribute.of(op.arithName())).results(partial.type())).result();
  }

  /** The combining op. */
  public BinaryKind combiner() {
    String n = stringAttr("op");
    for (BinaryKind k : BinaryKind.values()) {
      if (k.arithName().equals(n)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown op " + n);
  }

  @Override
  public String verify() {
    if (operands().size() != 1 || !(operand(0).type() instanceof Type.Scalar)
        || !result().type().equals(operand(0).type())) {
      return "gpu.group_reduce takes one scalar and gives one of the same type";
    }
    BinaryKind k;
    try {
      k = combiner();
    } catch (RuntimeException e) {
      return "gpu.group_reduce has an unknown op " + attr("op");
    }
    if (!COMBINERS.contains(k)) {
      return "gpu.group_reduce cannot combine with " + k.arithName();
    }
    if (ancestor(GpuIfOp.class).isPresent()) {
      return "gpu.group_reduce must not sit inside gpu.if: every thread must reach it";
    }
    return ancestor(GpuFuncOp.class).isPresent() ? null : "gpu.group_reduce is only valid inside gpu.func";
  }
}
