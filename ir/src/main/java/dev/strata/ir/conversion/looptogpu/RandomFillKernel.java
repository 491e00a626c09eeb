package dev.strata.ir.conversion.looptogpu;

import dev.strata.DType;
import dev.strata.internal.RandomStream;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.gpu.GpuIdOp;
import dev.strata.ir.dialect.gpu.GpuRandomOp;
import dev.strata.ir.dialect.gpu.GpuReturnOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.IndexMath;
import dev.strata.ir.dialect.loop.LoopRandomOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.List;

/**
 * A {@code loop.random} fill as a kernel: each work-group fills a tile of {@value #TILE}
 * consecutive elements, each of its threads every {@value WorkGroupMapper#WORKGROUP_SIZE}th of
 * them, computing element {@code i} with {@code gpu.random(seed, i)} and storing it converted to
 * the buffer's dtype as {@code Tensor.rand}/{@code randn} store it.
 */
final class RandomFillKernel {
  /** Elements per work-group. */
  static final long TILE = 8192;

  private final LoopRandomOp fill;
  private final Type.Buffer out;

  RandomFillKernel(LoopRandomOp fill) {
    this.fill = fill;
    this.out = (Type.Buffer) fill.operand(0).type();
  }

  /** The kernel's parameters, built on the host at {@code host}: the element count, the seed, the buffer. */
  List<Value> parameters(OpBuilder host) {
    Value n = new IndexMath(host, fill.location()).dim(out.numel());
    return List.of(n, fill.operand(1), fill.operand(0));
  }

  /** The number of work-groups for {@code n} elements, built on the host. */
  Value groups(OpBuilder host, Value n) {
    Location at = fill.location();
    Value rounded = ArithBinaryOp.create(host, at, BinaryKind.ADD, n, ConstantOp.index(host, at, TILE - 1));
    return ArithBinaryOp.create(host, at, BinaryKind.DIV, rounded, ConstantOp.index(host, at, TILE));
  }

  /** Writes the kernel body at the end of {@code body}, whose arguments are the {@link #parameters}. */
  void emit(Block body, OpBuilder b) {
    Location at = fill.location();
    b.atEnd(body);
    Value n = body.argument(0);
    Value seed = body.argument(1);
    Value buffer = body.argument(2);
    Value lid = GpuIdOp.create(b, at, GpuIdOp.Kind.LOCAL_ID);
    Value group = GpuIdOp.create(b, at, GpuIdOp.Kind.GROUP_ID);
    Value threads = ConstantOp.index(b, at, WorkGroupMapper.WORKGROUP_SIZE);
    Value start = ArithBinaryOp.create(b, at, BinaryKind.MUL, group, ConstantOp.index(b, at, TILE));
    Value end = ArithBinaryOp.create(b, at, BinaryKind.MIN, n,
        ArithBinaryOp.create(b, at, BinaryKind.ADD, start, ConstantOp.index(b, at, TILE)));
    Value mine = ArithBinaryOp.create(b, at, BinaryKind.SUB,
        ArithBinaryOp.create(b, at, BinaryKind.SUB, end, start), lid);
    Value trips = ArithBinaryOp.create(b, at, BinaryKind.DIV, ArithBinaryOp.create(b, at, BinaryKind.ADD, mine,
        ConstantOp.index(b, at, WorkGroupMapper.WORKGROUP_SIZE - 1)), threads);
    ForOp loop = ForOp.create(b, at, ConstantOp.index(b, at, 0), trips, List.of(), "t");
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(loop.body());
    Value i = ArithBinaryOp.create(b, at, BinaryKind.ADD, start, ArithBinaryOp.create(b, at, BinaryKind.ADD, lid,
        ArithBinaryOp.create(b, at, BinaryKind.MUL, loop.inductionVar(), threads)));
    DType dtype = out.dtype();
    Value value = GpuRandomOp.create(b, at, seed, i, fill.normal(), RandomStream.precision(dtype));
    ScalarKind storage = ScalarKind.of(dtype);
    Value stored = value.type().equals(Type.scalar(storage)) ? value : CastOp.create(b, at, value, storage);
    StoreOp.create(b, at, stored, buffer, i);
    YieldOp.create(b, at, List.of());
    b.restore(saved);
    GpuReturnOp.create(b, at);
  }
}
