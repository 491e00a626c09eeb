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
import dev.strata.ir.dialect.gpu.GroupReduceOp;
import dev.strata.ir.dialect.gpu.LocalAllocOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lower-group-reductions}: expands each {@code gpu.group_reduce} into a tree in local
 * memory. Every thread stores its partial value in its slot of a work-group-sized local buffer;
 * then, for strides {@code W/2, W/4, ..., 1}, the threads below the stride combine their slot with
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
        List<GroupReduceOp> reductions = new ArrayList<>();
        kernel.walk(op -> {
          if (op instanceof GroupReduceOp r) {
            reductions.add(r);
          }
        });
        for (GroupReduceOp r : reductions) {
          lower(r, kernel, rw);
        }
      }
    }
    return true;
  }

  private static void lower(GroupReduceOp r, GpuFuncOp kernel, Rewriter rw) {
    Location loc = r.location();
    long width = kernel.workgroupSize();
    ScalarKind kind = ((Type.Scalar) r.result().type()).kind();
    rw.atStart(kernel.body());
    Value scratch = LocalAllocOp.create(rw, loc,
        new Type.Buffer(kind.dtype(), List.of(Dim.of(width)), Type.MemorySpace.LOCAL));
    scratch.setNameHint("scratch");
    rw.before(r);
    Value lid = GpuIdOp.create(rw, loc, GpuIdOp.Kind.LOCAL_ID);
    StoreOp.create(rw, loc, r.operand(0), scratch, lid);
    BarrierOp.create(rw, loc, "local");
    BinaryKind op = r.combiner();
    for (long stride = width / 2; stride >= 1; stride /= 2) {
      Value s = ConstantOp.index(rw, loc, stride);
      GpuIfOp step = GpuIfOp.create(rw, loc, CmpOp.create(rw, loc, CmpKind.LT, lid, s));
      Rewriter.InsertionPoint after = rw.save();
      rw.atEnd(step.body());
      Value mine = LoadOp.create(rw, loc, scratch, lid);
      Value other = LoadOp.create(rw, loc, scratch, ArithBinaryOp.create(rw, loc, BinaryKind.ADD, lid, s));
      StoreOp.create(rw, loc, ArithBinaryOp.create(rw, loc, op, mine, other), scratch, lid);
      YieldOp.create(rw, loc, List.of());
      rw.restore(after);
      BarrierOp.create(rw, loc, "local");
    }
    Value all = LoadOp.create(rw, loc, scratch, ConstantOp.index(rw, loc, 0));
    BarrierOp.create(rw, loc, "local");
    rw.replaceOp(r, all);
  }
}
