package dev.strata.ir.conversion.looptogpu;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.gpu.BarrierOp;
import dev.strata.ir.dialect.gpu.GpuFuncOp;
import dev.strata.ir.dialect.gpu.GpuIdOp;
import dev.strata.ir.dialect.gpu.GpuIfOp;
import dev.strata.ir.dialect.gpu.GroupArgmaxOp;
import dev.strata.ir.dialect.gpu.GroupReduceOp;
import dev.strata.ir.dialect.gpu.LocalAllocOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * {@code lower-group-reductions}: expands each {@code gpu.group_reduce} and {@code gpu.group_argmax}
 * into a tree in local memory. Every thread stores its partial values in its slots of work-group-sized
 * local buffers, one per value reduced; then, for strides {@code W/2, W/4, ..., 1}, the threads below the stride combine their slot with
 * the one a stride above, a barrier between steps; every thread finally reads slot 0. A last
 * barrier lets the buffer be reused by the next iteration of an enclosing loop.
 */
public final class GroupReductionLowering implements Pass {
  @Override
  public String name() {
    return "lower-group-reductions";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rw = new Rewriter(registry);
    for (Operation top : module.body(0).operations()) {
      if (top instanceof GpuFuncOp kernel) {
        List<Operation> reductions = new ArrayList<>();
        kernel.walk(op -> {
          if (op instanceof GroupReduceOp || op instanceof GroupArgmaxOp) {
            reductions.add(op);
          }
        });
        for (Operation r : reductions) {
          switch (r) {
            case GroupReduceOp g -> lower(g, kernel, rw, (mine, other) ->
                List.of(ArithBinaryOp.create(rw, g.location(), g.combiner(), mine.getFirst(), other.getFirst())));
            case GroupArgmaxOp g -> lower(g, kernel, rw, (mine, other) ->
                ArgmaxReduction.better(rw, g.location(), mine, other));
            default -> throw new IllegalStateException(r.name());
          }
        }
      }
    }
    return true;
  }

  /**
   * Replaces the work-group reduction {@code r} of its operands by a tree over one local buffer per
   * operand, each step combining a thread's slots with those a stride above by {@code combine}.
   */
  private static void lower(Operation r, GpuFuncOp kernel, Rewriter rw,
      BinaryOperator<List<Value>> combine) {
    Location loc = r.location();
    long width = kernel.workgroupSize();
    List<Value> scratch = new ArrayList<>();
    rw.atStart(kernel.body());
    for (Value partial : r.operands()) {
      ScalarKind kind = ((Type.Scalar) partial.type()).kind();
      Value buffer = LocalAllocOp.create(rw, loc,
          new Type.Buffer(kind.dtype(), List.of(Dim.of(width)), Type.MemorySpace.LOCAL));
      buffer.setNameHint("scratch");
      scratch.add(buffer);
    }
    rw.before(r);
    Value lid = GpuIdOp.create(rw, loc, GpuIdOp.Kind.LOCAL_ID);
    for (int i = 0; i < scratch.size(); i++) {
      StoreOp.create(rw, loc, r.operand(i), scratch.get(i), lid);
    }
    BarrierOp.create(rw, loc, "local");
    for (long stride = width / 2; stride >= 1; stride /= 2) {
      Value s = ConstantOp.index(rw, loc, stride);
      GpuIfOp step = GpuIfOp.create(rw, loc, CmpOp.create(rw, loc, CmpKind.LT, lid, s));
      Rewriter.InsertionPoint after = rw.save();
      rw.atEnd(step.body());
      List<Value> mine = scratch.stream().map(buf -> LoadOp.create(rw, loc, buf, lid)).toList();
      Value above = ArithBinaryOp.create(rw, loc, BinaryKind.ADD, lid, s);
      List<Value> other = scratch.stream().map(buf -> LoadOp.create(rw, loc, buf, above)).toList();
      List<Value> combined = combine.apply(mine, other);
      for (int i = 0; i < scratch.size(); i++) {
        StoreOp.create(rw, loc, combined.get(i), scratch.get(i), lid);
      }
      YieldOp.create(rw, loc, List.of());
      rw.restore(after);
      BarrierOp.create(rw, loc, "local");
    }
    Value zero = ConstantOp.index(rw, loc, 0);
    List<Value> all = scratch.stream().map(buf -> LoadOp.create(rw, loc, buf, zero)).toList();
    BarrierOp.create(rw, loc, "local");
    rw.replaceOp(r, all);
  }
}
