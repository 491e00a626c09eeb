package dev.strata.ir.conversion.looptogpu;

import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.FmaOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.gpu.BarrierOp;
import dev.strata.ir.dialect.gpu.GpuIdOp;
import dev.strata.ir.dialect.gpu.GpuIfOp;
import dev.strata.ir.dialect.gpu.GpuReturnOp;
import dev.strata.ir.dialect.gpu.LocalAllocOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.IndexMath;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.LoopMatmulOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers {@code loop.matmul} to a kernel tiled through local memory: each work-group of 256
 * threads computes a {@value #TILE}&times;{@value #TILE} tile of one output matrix, stepping
 * through {@code k} {@value #DEPTH} at a time. At each step the threads copy an
 * {@code A} tile and a {@code B} tile into local memory (reading along whichever axis is
 * contiguous in global memory, so a transposed operand is read as coalesced as a plain one),
 * then each thread multiplies them into the {@value #PER_THREAD}&times;{@value #PER_THREAD}
 * outputs it owns, kept in registers as the loop's carried values.
 *
 * <p>Thread {@code (ty, tx)} of the 16&times;16 grid owns rows {@code ty + 16i} and columns
 * {@code tx + 16j}: at each {@code k} a warp reads one {@code A} value per row (a broadcast) and 16
 * consecutive {@code B} values, and its stores are consecutive in each row. The {@code A} tile is
 * stored {@code k}-major with {@value #PAD} floats of padding per row, so that transposing it
 * into local memory does not hit one bank eight times.
 *
 * <p>Floating products accumulate with {@code arith.fma} in f32 (f64 for F64, and F16 and BF16
 * compute in f32) and round to the dtype once; integers accumulate in wrapping i32 and narrow
 * once, as the reference does. Ragged edges read zeros and store nothing, so any shape runs.
 * Batch dims run as more work-groups; an operand whose batch dim is 1 where the result's is not
 * is broadcast, and one that may be 1 only at run time ({@code B} against {@code bcast(B, C)})
 * reads its matrix 0 where it is.
 */
final class TiledMatmul {
  /** Output rows and columns one work-group computes. */
  static final int TILE = 128;
  /** The {@code k} extent of the tiles in local memory. */
  static final int DEPTH = 8;
  /** Threads along each side of the work-group. */
  static final int SIDE = 16;
  /** Output rows (and columns) each thread computes. */
  static final int PER_THREAD = TILE / SIDE;
  /** Padding after each {@code k} row of the {@code A} tile. */
  static final int PAD = 4;

  private final LoopMatmulOp matmul;
  private final Location loc;
  private final Dim m;
  private final Dim n;
  private final Dim k;
  private final List<Dim> batch;
  private final List<Dim> batchA;
  private final List<Dim> batchB;

  private TiledMatmul(LoopMatmulOp matmul) {
    this.matmul = matmul;
    this.loc = matmul.location();
    List<Dim> a = buffer(0).shape();
    List<Dim> b = buffer(1).shape();
    List<Dim> out = buffer(2).shape();
    boolean vectorA = a.size() == 1;
    boolean vectorB = b.size() == 1;
    this.m = vectorA ? Dim.of(1) : a.get(a.size() - (matmul.transposeA() ? 1 : 2));
    this.k = matmul.contracted();
    this.n = vectorB ? Dim.of(1) : b.get(b.size() - (matmul.transposeB() ? 2 : 1));
    this.batchA = vectorA ? List.of() : a.subList(0, a.size() - 2);
    this.batchB = vectorB ? List.of() : b.subList(0, b.size() - 2);
    this.batch = out.subList(0, out.size() - (vectorA ? 0 : 1) - (vectorB ? 0 : 1));
  }

  /** The lowering of {@code matmul}. */
  static TiledMatmul of(LoopMatmulOp matmul) {
    return new TiledMatmul(matmul);
  }

  /** Why this matmul cannot run as a kernel, or {@code null} when it can: every matmul can. */
  String whyNot() {
    return null;
  }

  /**
   * The dims the kernel receives as parameters, in order, with their values computed on the host
   * at {@code host}: every dim of the problem that is not a constant.
   */
  Map<Dim, Value> parameters(OpBuilder host) {
    IndexMath index = new IndexMath(host, loc);
    Map<Dim, Value> params = new LinkedHashMap<>();
    for (Dim d : problemDims()) {
      if (!(d instanceof Dim.Const)) {
        params.putIfAbsent(d, index.dim(d));
      }
    }
    return params;
  }

  /** The number of work-groups, built on the host at {@code host}. */
  Value groups(OpBuilder host) {
    IndexMath index = new IndexMath(host, loc);
    Value count = ArithBinaryOp.create(host, loc, BinaryKind.MUL, tiles(host, index.dim(m), index),
        tiles(host, index.dim(n), index));
    for (Dim d : batch) {
      count = ArithBinaryOp.create(host, loc, BinaryKind.MUL, count, index.dim(d));
    }
    return count;
  }

  private List<Dim> problemDims() {
    List<Dim> dims = new ArrayList<>(List.of(m, n, k));
    dims.addAll(batch);
    dims.addAll(batchA); // an operand's own batch dims, where they may differ from the result's
    dims.addAll(batchB);
    return dims;
  }

  private Value tiles(OpBuilder b, Value extent, IndexMath index) {
    Value rounded = ArithBinaryOp.create(b, loc, BinaryKind.ADD, extent, index.constant(TILE - 1));
    return ArithBinaryOp.create(b, loc, BinaryKind.DIV, rounded, index.constant(TILE));
  }

  /**
   * Writes the kernel body at the end of {@code body}: its arguments are the dims of
   * {@link #parameters} in order, then the buffers {@code a}, {@code b} and {@code out}.
   */
  void emit(Block body, OpBuilder kb, List<Dim> parameterDims) {
    kb.atEnd(body);
    int buffers = parameterDims.size();
    Value a = body.arguments().get(buffers);
    Value b = body.arguments().get(buffers + 1);
    Value out = body.arguments().get(buffers + 2);
    ScalarKind compute = computeKind(buffer(2).dtype());
    Value tileA = LocalAllocOp.create(kb, loc, localTile(compute, TILE + PAD));
    tileA.setNameHint("tile_a");
    Value tileB = LocalAllocOp.create(kb, loc, localTile(compute, TILE));
    tileB.setNameHint("tile_b");

    Value lid = GpuIdOp.create(kb, loc, GpuIdOp.Kind.LOCAL_ID);
    // Constants and dim expressions go before the first id, where they dominate every use.
    IndexMath index = new IndexMath(new OpBuilder(kb.registry()).before(lid.definingOp()), loc);
    for (int i = 0; i < parameterDims.size(); i++) {
      index.bind(parameterDims.get(i), body.arguments().get(i));
    }
    Value group = GpuIdOp.create(kb, loc, GpuIdOp.Kind.GROUP_ID);
    Value side = index.constant(SIDE);
    Value tx = ArithBinaryOp.create(kb, loc, BinaryKind.REM, lid, side);
    Value ty = ArithBinaryOp.create(kb, loc, BinaryKind.DIV, lid, side);
    Value rows = index.dim(m);
    Value cols = index.dim(n);
    Value depth = index.dim(k);
    Value tilesN = tiles(kb, cols, index);
    Value perMatrix = ArithBinaryOp.create(kb, loc, BinaryKind.MUL, tiles(kb, rows, index), tilesN);
    Value matrix = ArithBinaryOp.create(kb, loc, BinaryKind.DIV, group, perMatrix);
    Value tile = ArithBinaryOp.create(kb, loc, BinaryKind.REM, group, perMatrix);
    Value row0 = mul(kb, ArithBinaryOp.create(kb, loc, BinaryKind.DIV, tile, tilesN), index.constant(TILE));
    Value col0 = mul(kb, ArithBinaryOp.create(kb, loc, BinaryKind.REM, tile, tilesN), index.constant(TILE));
    List<Value> batchIndex = batch.isEmpty() ? List.of() : index.delinearize(kb, matrix, batch);
    Value baseA = mul(kb, batchOffset(kb, index, batchA, batchIndex), mul(kb, rows, depth));
    Value baseB = mul(kb, batchOffset(kb, index, batchB, batchIndex), mul(kb, depth, cols));
    Value baseOut = mul(kb, matrix, mul(kb, rows, cols));

    Value zero = zero(kb, compute);
    List<Value> inits = new ArrayList<>();
    for (int i = 0; i < PER_THREAD * PER_THREAD; i++) {
      inits.add(zero);
    }
    Value steps = ArithBinaryOp.create(kb, loc, BinaryKind.DIV,
        ArithBinaryOp.create(kb, loc, BinaryKind.ADD, depth, index.constant(DEPTH - 1)), index.constant(DEPTH));
    ForOp step = ForOp.create(kb, loc, index.constant(0), steps, inits, "kt");
    kb.atEnd(step.body());
    Value k0 = mul(kb, step.inductionVar(), index.constant(DEPTH));
    Operand operandA = new Operand(a, tileA, TILE + PAD, matmul.transposeA(), baseA, rows, row0);
    Operand operandB = new Operand(b, tileB, TILE, !matmul.transposeB(), baseB, cols, col0);
    copyTile(kb, index, lid, operandA, k0, depth, compute, zero);
    copyTile(kb, index, lid, operandB, k0, depth, compute, zero);
    BarrierOp.create(kb, loc, "local");
    ForOp inner = ForOp.create(kb, loc, index.constant(0), index.constant(DEPTH), List.copyOf(step.carried()), "k");
    kb.atEnd(inner.body());
    List<Value> fromA = new ArrayList<>();
    List<Value> fromB = new ArrayList<>();
    for (int i = 0; i < PER_THREAD; i++) {
      Value spread = index.constant((long) i * SIDE);
      fromA.add(LoadOp.create(kb, loc, tileA, add(kb, mul(kb, inner.inductionVar(), index.constant(TILE + PAD)),
          add(kb, ty, spread))));
      fromB.add(LoadOp.create(kb, loc, tileB, add(kb, mul(kb, inner.inductionVar(), index.constant(TILE)),
          add(kb, tx, spread))));
    }
    List<Value> sums = new ArrayList<>();
    for (int i = 0; i < PER_THREAD; i++) {
      for (int j = 0; j < PER_THREAD; j++) {
        Value acc = inner.carried().get(i * PER_THREAD + j);
        sums.add(compute.isFloating() ? FmaOp.create(kb, loc, fromA.get(i), fromB.get(j), acc)
            : ArithBinaryOp.create(kb, loc, BinaryKind.ADD, acc,
                ArithBinaryOp.create(kb, loc, BinaryKind.MUL, fromA.get(i), fromB.get(j))));
      }
    }
    YieldOp.create(kb, loc, sums);
    kb.after(inner);
    BarrierOp.create(kb, loc, "local");
    YieldOp.create(kb, loc, List.copyOf(inner.results()));
    kb.after(step);

    ScalarKind stored = ScalarKind.of(buffer(2).dtype());
    for (int i = 0; i < PER_THREAD; i++) {
      Value row = add(kb, row0, add(kb, ty, index.constant((long) i * SIDE)));
      Value rowInside = CmpOp.create(kb, loc, CmpKind.LT, row, rows);
      for (int j = 0; j < PER_THREAD; j++) {
        Value col = add(kb, col0, add(kb, tx, index.constant((long) j * SIDE)));
        Value inside = ArithBinaryOp.create(kb, loc, BinaryKind.AND, rowInside,
            CmpOp.create(kb, loc, CmpKind.LT, col, cols));
        GpuIfOp guard = GpuIfOp.create(kb, loc, inside);
        kb.atEnd(guard.body());
        Value offset = add(kb, baseOut, add(kb, mul(kb, row, cols), col));
        Value result = CastOp.create(kb, loc, step.result(i * PER_THREAD + j), stored);
        StoreOp.create(kb, loc, result, out, offset);
        YieldOp.create(kb, loc, List.of());
        kb.after(guard);
      }
    }
    GpuReturnOp.create(kb, loc);
  }

  /**
   * One operand's global memory and local tile. {@code kMajor} says whether {@code k} is the slow
   * axis in global memory (B, or a transposed A); {@code extent} is its other axis, starting at
   * {@code origin} in this work-group's tile.
   */
  private record Operand(Value global, Value tile, int tileRow, boolean kMajor, Value base, Value extent,
      Value origin) {}

  /**
   * Copies {@code TILE x DEPTH} elements of {@code op} into its local tile, {@code k}-major, each
   * thread taking every 256th; elements past the matrix's edge become zero.
   */
  private void copyTile(OpBuilder b, IndexMath index, Value lid, Operand op, Value k0, Value depth,
      ScalarKind compute, Value zero) {
    int perThread = TILE * DEPTH / (SIDE * SIDE);
    ForOp copy = ForOp.create(b, loc, index.constant(0), index.constant(perThread), List.of(), "c");
    b.atEnd(copy.body());
    Value element = add(b, lid, mul(b, copy.inductionVar(), index.constant(SIDE * SIDE)));
    // Consecutive threads read consecutive addresses: along the extent when k is the slow axis.
    int fast = op.kMajor() ? TILE : DEPTH;
    Value slow = ArithBinaryOp.create(b, loc, BinaryKind.DIV, element, index.constant(fast));
    Value quick = ArithBinaryOp.create(b, loc, BinaryKind.REM, element, index.constant(fast));
    Value kk = op.kMajor() ? slow : quick;
    Value along = op.kMajor() ? quick : slow;
    Value kAt = add(b, k0, kk);
    Value at = add(b, op.origin(), along);
    Value inside = ArithBinaryOp.create(b, loc, BinaryKind.AND, CmpOp.create(b, loc, CmpKind.LT, at, op.extent()),
        CmpOp.create(b, loc, CmpKind.LT, kAt, depth));
    Value offset = add(b, op.base(), op.kMajor() ? add(b, mul(b, kAt, op.extent()), at)
        : add(b, mul(b, at, depth), kAt));
    Value safe = SelectOp.create(b, loc, inside, offset, index.constant(0));
    Value loaded = CastOp.create(b, loc, LoadOp.create(b, loc, op.global(), safe), compute);
    Value value = SelectOp.create(b, loc, inside, loaded, zero);
    StoreOp.create(b, loc, value, op.tile(), add(b, mul(b, kk, index.constant(op.tileRow())), along));
    YieldOp.create(b, loc, List.of());
    b.after(copy);
  }

  /** The linear index of an operand's matrix for the result's batch index (0 where it broadcasts). */
  private Value batchOffset(OpBuilder b, IndexMath index, List<Dim> operandBatch, List<Value> batchIndex) {
    int skip = batch.size() - operandBatch.size();
    List<Value> idx = new ArrayList<>();
    for (int i = 0; i < operandBatch.size(); i++) {
      Dim own = operandBatch.get(i);
      Value at = batchIndex.get(skip + i);
      if (own.is(1)) {
        idx.add(index.constant(0));
      } else if (own.equals(batch.get(skip + i))) {
        idx.add(at);
      } else {
        // 1 or the result's dim, known only at run time (the entry checks say which may be).
        Value unit = CmpOp.create(b, loc, CmpKind.EQ, index.dim(own), index.constant(1));
        idx.add(SelectOp.create(b, loc, unit, index.constant(0), at));
      }
    }
    return index.linearize(b, idx, operandBatch);
  }

  private Value add(OpBuilder b, Value x, Value y) {
    return ArithBinaryOp.create(b, loc, BinaryKind.ADD, x, y);
  }

  private Value mul(OpBuilder b, Value x, Value y) {
    return ArithBinaryOp.create(b, loc, BinaryKind.MUL, x, y);
  }

  private Value zero(OpBuilder b, ScalarKind kind) {
    return ConstantOp.create(b, loc, kind, kind.isFloating() ? Attribute.of(0.0) : Attribute.of(0L));
  }

  private static Type.Buffer localTile(ScalarKind kind, int row) {
    return new Type.Buffer(kind.dtype(), List.of(Dim.of(DEPTH), Dim.of(row)), Type.MemorySpace.LOCAL);
  }

  /** The kind products accumulate in for {@code dtype}. */
  static ScalarKind computeKind(DType dtype) {
    return switch (dtype) {
      case F64 -> ScalarKind.F64;
      case I32, I8 -> ScalarKind.I32;
      default -> ScalarKind.F32;
    };
  }

  private Type.Buffer buffer(int operand) {
    return (Type.Buffer) matmul.operand(operand).type();
  }
}
