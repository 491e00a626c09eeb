package dev.strata.ir.conversion.looptogpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.IRMapping;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.gpu.BarrierOp;
import dev.strata.ir.dialect.gpu.GpuIdOp;
import dev.strata.ir.dialect.gpu.GpuIfOp;
import dev.strata.ir.dialect.gpu.GpuReturnOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.ParallelOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps one {@code loop.parallel} onto work-groups: iteration {@code i} of the parallel loop is
 * work-group {@code i}; each innermost {@code loop.for} in its body is split across the
 * work-group's threads (thread {@code t} takes iterations {@code t, t + W, t + 2W, ...}) and its
 * reductions are finished by {@code gpu.group_reduce}; outer sequential loops and scalar code run
 * in every thread alike; stores outside the split loops are made by thread 0 only. A global
 * barrier follows every split loop that stores, so later loops may read what any thread wrote.
 *
 * <p>Softmax and layernorm rows thus become one work-group per row with tree reductions, and
 * elementwise tiles one work-group per tile with coalesced accesses.
 */
final class WorkGroupMapper {
  /** Threads per work-group of every kernel this mapper writes. */
  static final long WORKGROUP_SIZE = 256;

  private final OpBuilder b;
  private final IRMapping map;
  private Value localId;
  private Value workgroupSize;

  private WorkGroupMapper(OpBuilder b, IRMapping map) {
    this.b = b;
    this.map = map;
  }

  /** Why {@code p} cannot be a kernel under {@code support}, or {@code null} when it can. */
  static String whyNot(ParallelOp p, GpuSupport support) {
    List<String> reasons = new ArrayList<>();
    p.body().operations().forEach(top -> top.walk(op -> {
      String r = support.unsupported(op);
      if (r != null && reasons.isEmpty()) {
        reasons.add(r);
      }
    }));
    return reasons.isEmpty() ? checkBlock(p.body()) : reasons.getFirst();
  }

  private static String checkBlock(Block block) {
    for (Operation op : block.operations()) {
      if (op instanceof ForOp f) {
        String r = isInnermost(f) ? checkSplit(f) : f.carried().isEmpty() ? checkBlock(f.body())
            : "a loop carries values around inner loops";
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  private static String checkSplit(ForOp f) {
    List<CarriedReduction> reductions = CarriedReduction.of(f);
    if (reductions == null) {
      return "a loop carries a value that is not an associative reduction";
    }
    for (CarriedReduction r : reductions) {
      if (r.kind() == ScalarKind.I64 || r.kind() == ScalarKind.INDEX) {
        return "a reduction over 64-bit integers";
      }
    }
    for (Operation op : f.body().operations()) {
      if (op instanceof StoreOp s && !dependsOn(s.offset(), f.inductionVar(), new HashSet<>())) {
        return "a loop stores to the same element in every iteration";
      }
    }
    return null;
  }

  private static boolean isInnermost(ForOp f) {
    return f.body().operations().stream().allMatch(op -> op.regions().isEmpty());
  }

  private static boolean dependsOn(Value v, Value iv, Set<Value> seen) {
    if (v == iv) {
      return true;
    }
    Operation def = v.definingOp();
    if (def == null || !seen.add(v)) {
      return false;
    }
    return def.operands().stream().anyMatch(o -> dependsOn(o, iv, seen));
  }

  /**
   * Writes the kernel body for {@code p} at the end of {@code body}, whose arguments {@code map}
   * already binds to the loop's free values.
   */
  static void emit(ParallelOp p, Block body, OpBuilder b, IRMapping map) {
    b.atEnd(body);
    WorkGroupMapper m = new WorkGroupMapper(b, map);
    m.localId = GpuIdOp.create(b, p.location(), GpuIdOp.Kind.LOCAL_ID);
    m.workgroupSize = ConstantOp.index(b, p.location(), WORKGROUP_SIZE);
    Value group = GpuIdOp.create(b, p.location(), GpuIdOp.Kind.GROUP_ID);
    Value lower = map.lookup(p.operand(0));
    Value iv = isZero(lower)
        ? group : ArithBinaryOp.create(b, p.location(), BinaryKind.ADD, lower, group);
    map.map(p.inductionVar(), iv);
    m.uniformBlock(p.body());
    GpuReturnOp.create(b, p.location());
  }

  static boolean isZero(Value v) {
    return v.definingOp() instanceof ConstantOp c && c.value() instanceof Attribute.IntAttr i && i.value() == 0;
  }

  private void uniformBlock(Block block) {
    for (Operation op : block.operations()) {
      switch (op) {
        case YieldOp y -> { }
        case ForOp f when isInnermost(f) -> split(f);
        case ForOp f -> sequential(f);
        case StoreOp s -> {
          GpuIfOp guard = GpuIfOp.create(b, s.location(), CmpOp.create(b, s.location(), CmpKind.EQ, localId,
              ConstantOp.index(b, s.location(), 0)));
          OpBuilder.InsertionPoint saved = b.save();
          b.atEnd(guard.body());
          b.clone(s, map);
          YieldOp.create(b, s.location(), List.of());
          b.restore(saved);
          BarrierOp.create(b, s.location(), "global");
        }
        default -> b.clone(op, map);
      }
    }
  }

  private void sequential(ForOp f) {
    ForOp copy = ForOp.create(b, f.location(), map.lookup(f.lower()), map.lookup(f.upper()), List.of(),
        f.inductionVar().nameHint());
    map.map(f.inductionVar(), copy.inductionVar());
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(copy.body());
    uniformBlock(f.body());
    YieldOp.create(b, f.location(), List.of());
    b.restore(saved);
  }

  private void split(ForOp f) {
    Location at = f.location();
    Value lower = map.lookup(f.lower());
    Value count = ArithBinaryOp.create(b, at, BinaryKind.SUB, map.lookup(f.upper()), lower);
    Value mine = ArithBinaryOp.create(b, at, BinaryKind.SUB, count, localId);
    Value rounded = ArithBinaryOp.create(b, at, BinaryKind.ADD, mine, ConstantOp.index(b, at, WORKGROUP_SIZE - 1));
    Value trips = ArithBinaryOp.create(b, at, BinaryKind.DIV, rounded, workgroupSize);
    List<CarriedReduction> reductions = CarriedReduction.of(f);
    Value[] identities = new Value[f.carried().size()];
    for (CarriedReduction r : reductions) {
      List<Value> values = r.identities(b, at);
      for (int i = 0; i < values.size(); i++) {
        identities[r.slots().get(i)] = values.get(i);
      }
    }
    List<Value> inits = List.of(identities);
    ForOp copy = ForOp.create(b, at, ConstantOp.index(b, at, 0), trips, inits, "t");
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(copy.body());
    Value stride = ArithBinaryOp.create(b, at, BinaryKind.MUL, copy.inductionVar(), workgroupSize);
    Value k = ArithBinaryOp.create(b, at, BinaryKind.ADD, lower,
        ArithBinaryOp.create(b, at, BinaryKind.ADD, localId, stride));
    map.map(f.inductionVar(), k);
    for (int i = 0; i < f.carried().size(); i++) {
      map.map(f.carried().get(i), copy.carried().get(i));
    }
    boolean stores = false;
    for (Operation op : f.body().operations()) {
      if (op instanceof YieldOp y) {
        YieldOp.create(b, y.location(), y.operands().stream().map(map::lookup).toList());
      } else {
        stores |= op instanceof StoreOp;
        b.clone(op, map);
      }
    }
    b.restore(saved);
    for (CarriedReduction r : reductions) {
      List<Value> partials = r.slots().stream().<Value>map(copy::result).toList();
      List<Value> loopInits = r.slots().stream().map(i -> map.lookup(f.inits().get(i))).toList();
      List<Value> results = r.finish(b, at, partials, loopInits);
      for (int i = 0; i < results.size(); i++) {
        map.map(f.result(r.slots().get(i)), results.get(i));
      }
    }
    if (stores) {
      BarrierOp.create(b, at, "global");
    }
  }
}
