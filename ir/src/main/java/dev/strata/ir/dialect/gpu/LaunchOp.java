package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.List;

/**
 * {@code gpu.launch(%groups, %arg...) ({ fallback }) {kernel = "softmax_0", group = 0}}: the host
 * side of one device kernel. Runs {@code kernel} over {@code %groups} work-groups with the given
 * arguments when the run time places this group on a device, and otherwise runs the region, the
 * same work as CPU loops. The region is the CPU fallback, so a launch never changes what a
 * function computes, only where.
 */
public final class LaunchOp extends Operation {
  /** The op name. */
  public static final String NAME = "gpu.launch";

  /** Creates the op from its state; used by the registry. */
  public LaunchOp(OperationState state) {
    super(state);
  }

  /** Creates a launch of {@code kernel} with an empty fallback region. */
  public static LaunchOp create(OpBuilder b, Location loc, String kernel, int group, Value groups,
      List<Value> args) {
    return b.create(LaunchOp.class, new OperationState(NAME, loc).operands(groups).operands(args)
        .region(new Block()).attr("kernel", Attribute.of(kernel)).attr("group", Attribute.of((long) group)));
  }

  /** The kernel's symbol. */
  public String kernel() {
    return stringAttr("kernel");
  }

  /** The index of this launch among the function's groups, as explain reports it. */
  public int group() {
    return (int) intAttr("group");
  }

  /** The number of work-groups. */
  public Value groups() {
    return operand(0);
  }

  /** The kernel's arguments, in parameter order. */
  public List<Value> arguments() {
    return operands().subList(1, operands().size());
  }

  /** The CPU fallback. */
  public Block fallback() {
    return body(0);
  }

  @Override
  public String verify() {
    if (operands().isEmpty() || !groups().type().equals(Type.index())) {
      return "gpu.launch takes the number of work-groups (an index) first";
    }
    if (!(attr("kernel") instanceof Attribute.StringAttr) || !(attr("group") instanceof Attribute.IntAttr)) {
      return "gpu.launch needs a kernel name and a group index";
    }
    return fallback().terminator() instanceof YieldOp y && y.operands().isEmpty()
        ? null : "gpu.launch fallback must end with an empty loop.yield";
  }
}
