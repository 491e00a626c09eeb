package dev.strata.ir.conversion.looptogpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.IRMapping;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.gpu.GpuFuncOp;
import dev.strata.ir.dialect.gpu.LaunchOp;
import dev.strata.ir.dialect.loop.LoopMatmulOp;
import dev.strata.ir.dialect.loop.LoopRandomOp;
import dev.strata.ir.dialect.loop.ParallelOp;
import dev.strata.ir.dialect.loop.YieldOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code convert-loop-to-gpu}: numbers the top-level work of each function (parallel loops and
 * library calls) as its groups, and turns every parallel loop that {@link GpuSupport} accepts into
 * a {@code gpu.func} kernel ({@link WorkGroupMapper}) and a {@code gpu.launch} whose fallback
 * region is the loop itself, and every {@code loop.matmul} whose batch dims broadcast statically
 * into a {@link TiledMatmul} kernel the same way, and every {@code loop.random} into a {@link
 * RandomFillKernel}. A group that stays on the CPU gets a
 * {@code cpu_only} attribute saying why, which explain reports.
 */
public final class LoopToGpuConversion implements Pass {
  /** The attribute naming why a group has no kernel. */
  public static final String CPU_ONLY = "cpu_only";

  private final GpuSupport support;

  /** A conversion for the portable GPU subset. */
  public LoopToGpuConversion() {
    this(GpuSupport.portable());
  }

  /** A conversion for a target that runs what {@code support} accepts. */
  public LoopToGpuConversion(GpuSupport support) {
    this.support = support;
  }

  @Override
  public String name() {
    return "convert-loop-to-gpu";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    for (FuncOp f : module.functions()) {
      OpBuilder kernels = new OpBuilder(registry).after(f);
      int group = 0;
      for (Operation op : List.copyOf(f.body().operations())) {
        if (op instanceof ParallelOp p) {
          String why = WorkGroupMapper.whyNot(p, support);
          if (why == null) {
            outline(p, f.symbolName() + "_" + group, group, rewriter, kernels);
          } else {
            rewriter.setAttr(p, CPU_ONLY, Attribute.of(why));
            rewriter.setAttr(p, "group", Attribute.of((long) group));
          }
          group++;
        } else if (op instanceof LoopMatmulOp m) {
          TiledMatmul tiled = TiledMatmul.of(m);
          String why = tiled.whyNot();
          if (why == null) {
            outline(m, tiled, f.symbolName() + "_" + group, group, rewriter, kernels);
          } else {
            rewriter.setAttr(m, CPU_ONLY, Attribute.of(why));
            rewriter.setAttr(m, "group", Attribute.of((long) group));
          }
          group++;
        } else if (op instanceof LoopRandomOp r) {
          outline(r, f.symbolName() + "_" + group, group, rewriter, kernels);
          group++;
        }
      }
    }
    return true;
  }

  private void outline(ParallelOp p, String name, int group, Rewriter host, OpBuilder kernels) {
    List<Value> params = new ArrayList<>();
    List<Operation> constants = new ArrayList<>();
    for (Value v : freeValues(p)) {
      if (v.definingOp() instanceof ConstantOp c) {
        constants.add(c);
      } else {
        params.add(v);
      }
    }
    Block body = new Block();
    IRMapping map = new IRMapping();
    for (Value v : params) {
      map.map(v, body.addArgument(v.type(), v.nameHint()));
    }
    OpBuilder kb = new OpBuilder(host.registry()).atEnd(body);
    for (Operation c : constants) {
      kb.clone(c, map);
    }
    WorkGroupMapper.emit(p, body, kb, map);
    host.before(p);
    Value groups = WorkGroupMapper.isZero(p.operand(0)) ? p.operand(1)
        : ArithBinaryOp.create(host, p.location(), BinaryKind.SUB, p.operand(1), p.operand(0));
    launch(p, name, group, groups, params, body, host, kernels);
  }

  /** Outlines {@code m} as a tiled kernel whose arguments are the problem's dims and its buffers. */
  private void outline(LoopMatmulOp m, TiledMatmul tiled, String name, int group, Rewriter host,
      OpBuilder kernels) {
    host.before(m);
    Map<Dim, Value> dims = tiled.parameters(host);
    Value groups = tiled.groups(host);
    List<Value> params = new ArrayList<>(dims.values());
    params.addAll(m.operands());
    Block body = new Block();
    for (Value v : params) {
      body.addArgument(v.type(), v.nameHint());
    }
    tiled.emit(body, new OpBuilder(host.registry()), List.copyOf(dims.keySet()));
    launch(m, name, group, groups, params, body, host, kernels);
  }

  /** Outlines the fill {@code r} as a kernel whose arguments are the element count, the seed and the buffer. */
  private void outline(LoopRandomOp r, String name, int group, Rewriter host, OpBuilder kernels) {
    host.before(r);
    RandomFillKernel fill = new RandomFillKernel(r);
    List<Value> params = fill.parameters(host);
    Value groups = fill.groups(host, params.getFirst());
    Block body = new Block();
    for (Value v : params) {
      body.addArgument(v.type(), v.nameHint());
    }
    fill.emit(body, new OpBuilder(host.registry()));
    launch(r, name, group, groups, params, body, host, kernels);
  }

  /**
   * Declares the kernel {@code name} with {@code body}, and replaces {@code work} on the host by a
   * launch of it over {@code groups} work-groups whose fallback region is {@code work} itself.
   */
  private void launch(Operation work, String name, int group, Value groups, List<Value> params, Block body,
      Rewriter host, OpBuilder kernels) {
    List<Operation> kernelOps = new ArrayList<>();
    body.operations().forEach(op -> op.walk(kernelOps::add));
    GpuFuncOp kernel = GpuFuncOp.create(kernels, work.location(), name, body, WorkGroupMapper.WORKGROUP_SIZE,
        GpuSupport.featuresOf(support, kernelOps), GpuSupport.traps(kernelOps));
    kernels.after(kernel);
    host.before(work);
    LaunchOp launch = LaunchOp.create(host, work.location(), name, group, groups, params);
    host.atEnd(launch.fallback());
    host.move(work);
    YieldOp.create(host, work.location(), List.of());
  }

  /** The values {@code p}'s body uses but does not define, in order of first use. */
  private static Set<Value> freeValues(ParallelOp p) {
    Set<Value> defined = new java.util.HashSet<>();
    Set<Value> free = new LinkedHashSet<>();
    if (!WorkGroupMapper.isZero(p.operand(0))) {
      free.add(p.operand(0));
    }
    p.walk(op -> {
      for (var r : op.regions()) {
        r.blocks().forEach(bl -> defined.addAll(bl.arguments()));
      }
      defined.addAll(op.results());
    });
    p.body().operations().forEach(top -> top.walk(op -> {
      for (Value v : op.operands()) {
        if (!defined.contains(v)) {
          free.add(v);
        }
      }
    }));
    return free;
  }
}
