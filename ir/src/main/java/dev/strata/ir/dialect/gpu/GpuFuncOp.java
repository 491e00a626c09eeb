package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import java.util.List;

/**
 * {@code gpu.func() ({^bb0(%x: buffer<f32[N, D]>, %D: index): ... gpu.return()}) {sym_name =
 * "softmax_0", workgroup_size = 256}}: a kernel. Every work-group of {@code workgroup_size}
 * threads runs the body; the parameters are global buffers and scalars. Attribute {@code
 * requires} lists the optional device features the kernel needs ({@code "fp64"}, {@code "fp16"}).
 *
 * <p>A kernel with {@code traps = true} holds ops that Java may throw on ({@link
 * dev.strata.ir.conversion.looptogpu.GpuSupport#trap}): an integer division or remainder by a
 * value read at run time, an integer power. It takes one parameter more than its block has, last:
 * a global {@code i32} flag that the host zeroes before the launch. A thread that meets what Java
 * would throw on (a zero divisor, zero to a negative power) sets the flag and goes on with a
 * harmless value; the host, finding the flag set, runs the group's CPU loops instead, which throw
 * exactly as Java does. A kernel never throws itself, so a flag set by a value Java would not
 * have reached costs time, never a result.
 */
public final class GpuFuncOp extends Operation implements Traits.IsolatedFromAbove {
  /** The op name. */
  public static final String NAME = "gpu.func";

  /** Creates the op from its state; used by the registry. */
  public GpuFuncOp(OperationState state) {
    super(state);
  }

  /** Creates a kernel with {@code body} (whose arguments are the parameters). */
  public static GpuFuncOp create(OpBuilder b, Location loc, String name, Block body, long workgroupSize,
      List<String> requires) {
    return create(b, loc, name, body, workgroupSize, requires, false);
  }

  /** Creates a kernel with {@code body}; {@code traps} when it holds ops Java may throw on. */
  public static GpuFuncOp create(OpBuilder b, Location loc, String name, Block body, long workgroupSize,
      List<String> requires, boolean traps) {
    OperationState state = new OperationState(NAME, loc).region(body)
        .attr("sym_name", Attribute.of(name))
        .attr("workgroup_size", Attribute.of(workgroupSize))
        .attr("requires", new Attribute.ArrayAttr(requires.stream().map(r -> (Attribute) Attribute.of(r)).toList()));
    if (traps) {
      state.attr("traps", Attribute.of(true));
    }
    return b.create(GpuFuncOp.class, state);
  }

  /** The kernel's name. */
  public String symbolName() {
    return stringAttr("sym_name");
  }

  /** The body. */
  public Block body() {
    return body(0);
  }

  /** Threads per work-group. */
  public long workgroupSize() {
    return intAttr("workgroup_size");
  }

  /** The optional device features the kernel needs. */
  public List<String> requires() {
    return attr("requires") instanceof Attribute.ArrayAttr a
        ? a.values().stream().map(v -> ((Attribute.StringAttr) v).value()).toList() : List.of();
  }

  /** Whether the kernel takes the trap flag after its block's parameters (see the class comment). */
  public boolean traps() {
    return attr("traps") instanceof Attribute.BoolAttr t && t.value();
  }

  @Override
  public String verify() {
    if (!(attr("sym_name") instanceof Attribute.StringAttr)) {
      return "gpu.func needs a string sym_name";
    }
    long wg = attr("workgroup_size") instanceof Attribute.IntAttr i ? i.value() : 0;
    if (wg <= 0 || Long.bitCount(wg) != 1) {
      return "gpu.func needs a workgroup_size that is a power of two";
    }
    for (var a : body().arguments()) {
      if (a.type() instanceof Type.Buffer buf && buf.space() != Type.MemorySpace.GLOBAL) {
        return "gpu.func parameters live in global memory, not " + buf.space().irName();
      }
      if (a.type() instanceof Type.Tensor) {
        return "gpu.func parameters are buffers or scalars, not tensors";
      }
    }
    if (!traps()) {
      String[] trap = {null};
      walk(op -> trap[0] = trap[0] != null ? trap[0] : Traps.of(op));
      if (trap[0] != null) {
        return "gpu.func holds " + trap[0] + " but is not marked traps";
      }
    }
    return body().terminator() instanceof GpuReturnOp ? null : "gpu.func body must end with gpu.return";
  }
}
