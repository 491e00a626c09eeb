package dev.strata.ir.conversion.tensortoloop;

import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.loop.AllocOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.IndexMath;
import dev.strata.ir.dialect.loop.LoopMatmulOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.LoopRandomOp;
import dev.strata.ir.dialect.loop.ParallelOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import dev.strata.ir.dialect.tensor.GroupOp;
import dev.strata.ir.dialect.tensor.MatmulOp;
import dev.strata.ir.dialect.tensor.RandomOp;
import dev.strata.ir.dialect.tensor.ReduceKind;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.dialect.tensor.TransposeOp;
import dev.strata.ir.dialect.tensor.transforms.FuseGroupsPass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one {@link GroupOp} to loops: elementwise groups to a parallel loop over rows with an
 * inner loop over the last axis; row groups to the same with one reduction loop per reduction
 * before the inner loop (softmax and layernorm read each row a few times and write it once);
 * other reductions to a parallel loop over the kept elements with sequential loops over the
 * reduced axes; matmul and random fills to library ops.
 */
final class GroupLowering {
  /** Elements below which a loop stays on one thread. */
  static final long GRAIN_ELEMENTS = 32768;

  /** Elements of a row one iteration of an elementwise group's parallel loop handles. */
  static final long TILE = 8192;

  /** Output elements one iteration of a column reduction owns (their accumulators stay in L1). */
  static final long COLUMN_TILE = 1024;

  private final OpBuilder b;
  private final IndexMath index;
  private final GroupOp group;
  private final Map<Value, Value> inputs = new HashMap<>();
  private final List<Value> outputs = new ArrayList<>();
  private final Location loc;

  GroupLowering(OpBuilder b, IndexMath index, GroupOp group, List<Value> loweredInputs) {
    this.b = b;
    this.index = index;
    this.group = group;
    this.loc = group.location();
    for (int i = 0; i < loweredInputs.size(); i++) {
      inputs.put(group.body().argument(i), loweredInputs.get(i));
    }
  }

  /** Emits the loops and returns the buffers holding the group's results. */
  List<Value> lower() {
    List<Value> yielded = group.body().terminator().operands();
    for (Value y : yielded) {
      Type.Tensor t = (Type.Tensor) y.type();
      Value buf = AllocOp.create(b, loc, new Type.Buffer(t.dtype(), t.shape()));
      buf.setNameHint(y.nameHint());
      outputs.add(buf);
    }
    switch (group.kind()) {
      case ELEMENTWISE -> lowerRows(yielded.getFirst().shaped().shape(), List.of());
      case ROW -> lowerRows(domainOfRowGroup(), rowReductions());
      case REDUCE -> lowerReduce((ReduceOp) yielded.getFirst().definingOp());
      case MATMUL -> lowerMatmul((MatmulOp) yielded.getFirst().definingOp());
      case LIBRARY -> {
        RandomOp r = (RandomOp) yielded.getFirst().definingOp();
        LoopRandomOp.create(b, r.location(), outputs.getFirst(), inputs.get(r.operand(0)), r.normal());
      }
    }
    return outputs;
  }

  private List<ReduceOp> rowReductions() {
    List<ReduceOp> out = new ArrayList<>();
    for (Operation op : group.body().operations()) {
      if (op instanceof ReduceOp r) {
        out.add(r);
      }
    }
    return out;
  }

  private List<Dim> domainOfRowGroup() {
    return rowReductions().getFirst().operand(0).shaped().shape();
  }

  /** A parallel loop over all dims but the last, each iteration one row. */
  private void lowerRows(List<Dim> domain, List<ReduceOp> reductions) {
    List<Value> yielded = group.body().terminator().operands();
    if (domain.isEmpty()) {
      ElementEmitter e = new ElementEmitter(b, index, inputs, Map.of());
      for (int i = 0; i < yielded.size(); i++) {
        StoreOp.create(b, loc, e.emit(yielded.get(i), List.of()), outputs.get(i), index.constant(0));
      }
      return;
    }
    List<Dim> rows = domain.subList(0, domain.size() - 1);
    if (reductions.isEmpty()) {
      lowerTiles(domain);
      return;
    }
    Value inner = index.dim(domain.getLast());
    ParallelOp par = ParallelOp.create(b, loc, index.constant(0), index.dim(Dim.product(rows)), inner,
        GRAIN_ELEMENTS, "row");
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(par.body());
    Value row = par.inductionVar();
    List<Value> outer = index.delinearize(b, row, rows);
    Map<Operation, Value> rowValues = new HashMap<>();
    RowCache cache = RowCache.choose(reductions, yielded, domain, outputs);
    for (ReduceOp r : reductions) {
      Value cacheTo = cache != null && r == reductions.getLast() ? cache.buffer() : null;
      rowValues.put(r, reduceRow(r, outer, inner, rowValues, cacheTo == null ? null : cache.value(), cacheTo));
    }
    ElementEmitter rowScope = new ElementEmitter(b, index, inputs, rowValues);
    List<Integer> full = new ArrayList<>();
    for (int i = 0; i < yielded.size(); i++) {
      List<Dim> shape = yielded.get(i).shaped().shape();
      if (shape.equals(domain)) {
        full.add(i);
      } else {
        List<Value> idx = new ArrayList<>(outer);
        if (shape.size() == domain.size()) {
          idx.add(index.constant(0));
        }
        StoreOp.create(b, loc, rowScope.emit(yielded.get(i), idx), outputs.get(i), row);
      }
    }
    if (!full.isEmpty()) {
      ForOp loop = ForOp.create(b, loc, index.constant(0), inner, List.of(), "j");
      b.atEnd(loop.body());
      ElementEmitter e = new ElementEmitter(b, index, inputs, rowValues);
      List<Value> idx = new ArrayList<>(outer);
      idx.add(loop.inductionVar());
      Value base = ArithBinaryOp.create(b, loc, BinaryKind.MUL, row, inner);
      Value off = ArithBinaryOp.create(b, loc, BinaryKind.ADD, base, loop.inductionVar());
      if (cache != null) {
        // Read back what the last reduction loop stored instead of computing it again.
        e.seed(cache.value(), idx, LoadOp.create(b, loc, cache.buffer(), off));
      }
      for (int i : full) {
        StoreOp.create(b, loc, e.emit(yielded.get(i), idx), outputs.get(i), off);
      }
      YieldOp.create(b, loc, List.of());
      b.atEnd(par.body());
    }
    YieldOp.create(b, loc, List.of());
    b.restore(saved);
  }

  /**
   * An elementwise group without reductions: a parallel loop over tiles of {@link #TILE} elements
   * of each row, so that even a rank-1 tensor is spread over the worker threads.
   */
  private void lowerTiles(List<Dim> domain) {
    List<Value> yielded = group.body().terminator().operands();
    List<Dim> rows = domain.subList(0, domain.size() - 1);
    Dim width = domain.getLast();
    Dim tilesPerRow = Dim.apply(Dim.Op.DIV, Dim.apply(Dim.Op.ADD, width, Dim.of(TILE - 1)), Dim.of(TILE));
    Value tiles = index.dim(tilesPerRow);
    Value inner = index.dim(width);
    ParallelOp par = ParallelOp.create(b, loc, index.constant(0), index.dim(Dim.mul(Dim.product(rows), tilesPerRow)),
        index.constant(TILE), GRAIN_ELEMENTS, "tile");
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(par.body());
    Value p = par.inductionVar();
    Value row = ArithBinaryOp.create(b, loc, BinaryKind.DIV, p, tiles);
    Value tile = ArithBinaryOp.create(b, loc, BinaryKind.REM, p, tiles);
    Value lo = ArithBinaryOp.create(b, loc, BinaryKind.MUL, tile, index.constant(TILE));
    Value hi = ArithBinaryOp.create(b, loc, BinaryKind.MIN, inner,
        ArithBinaryOp.create(b, loc, BinaryKind.ADD, lo, index.constant(TILE)));
    List<Value> outer = index.delinearize(b, row, rows);
    ForOp loop = ForOp.create(b, loc, lo, hi, List.of(), "j");
    b.atEnd(loop.body());
    ElementEmitter e = new ElementEmitter(b, index, inputs, Map.of());
    List<Value> idx = new ArrayList<>(outer);
    idx.add(loop.inductionVar());
    Value off = ArithBinaryOp.create(b, loc, BinaryKind.ADD,
        ArithBinaryOp.create(b, loc, BinaryKind.MUL, row, inner), loop.inductionVar());
    for (int i = 0; i < yielded.size(); i++) {
      StoreOp.create(b, loc, e.emit(yielded.get(i), idx), outputs.get(i), off);
    }
    YieldOp.create(b, loc, List.of());
    b.atEnd(par.body());
    YieldOp.create(b, loc, List.of());
    b.restore(saved);
  }

  /** One reduction of the last axis for the current row; returns the row's value. */
  private Value reduceRow(ReduceOp r, List<Value> outer, Value inner, Map<Operation, Value> rowValues,
      Value cached, Value cacheTo) {
    List<Dim> reduced = List.of(r.operand(0).shaped().shape().getLast());
    int axis = r.operand(0).shaped().rank() - 1;
    return reduceLoops(r, outer, List.of(inner), reduced, List.of(axis), rowValues, cached, cacheTo);
  }

  /**
   * Nested sequential loops over the reduced axes, accumulating {@code r}'s operand; the index of
   * the operand is {@code kept} with the reduced axes' loop variables placed at {@code axes}.
   */
  private Value reduceLoops(ReduceOp r, List<Value> kept, List<Value> bounds, List<Dim> reducedDims,
      List<Integer> axes, Map<Operation, Value> rowValues, Value cached, Value cacheTo) {
    DType dt = r.operand(0).shaped().dtype();
    ScalarKind kind = ElementEmitter.computeKind(dt);
    boolean arg = r.kind() == ReduceKind.ARGMAX;
    List<Value> inits = new ArrayList<>();
    inits.add(ConstantOp.create(b, r.location(), kind, identity(r.kind(), kind)));
    if (arg) {
      inits.add(ConstantOp.create(b, r.location(), ScalarKind.I32, Attribute.of(0L)));
    }
    Value linear = index.constant(0);
    List<Value> loopVars = new ArrayList<>();
    List<ForOp> loops = new ArrayList<>();
    List<Value> carried = inits;
    for (int d = 0; d < bounds.size(); d++) {
      ForOp loop = ForOp.create(b, r.location(), index.constant(0), bounds.get(d), carried, "k");
      loops.add(loop);
      b.atEnd(loop.body());
      loopVars.add(loop.inductionVar());
      linear = ArithBinaryOp.create(b, r.location(), BinaryKind.ADD,
          ArithBinaryOp.create(b, r.location(), BinaryKind.MUL, linear, index.dim(reducedDims.get(d))),
          loop.inductionVar());
      carried = new ArrayList<>(loop.carried());
    }
    List<Value> idx = new ArrayList<>(kept);
    for (int d = 0; d < axes.size(); d++) {
      idx.add(axes.get(d), loopVars.get(d));
    }
    ElementEmitter e = new ElementEmitter(b, index, inputs, rowValues);
    Value v = e.emit(r.operand(0), e.broadcastIndex(idx, r.operand(0).shaped().shape()));
    if (cacheTo != null) {
      List<Dim> shape = ((Type.Buffer) cacheTo.type()).shape();
      StoreOp.create(b, r.location(), e.emit(cached, idx), cacheTo, index.linearize(b, idx, shape));
    }
    List<Value> next = combine(r, kind, carried, v, linear);
    for (int d = loops.size() - 1; d >= 0; d--) {
      YieldOp.create(b, r.location(), next);
      b.after(loops.get(d));
      next = new ArrayList<>(loops.get(d).results());
    }
    Value result = arg ? next.get(1) : next.getFirst();
    if (r.kind() == ReduceKind.MEAN) {
      Value count = index.dim(Dim.product(reducedDims));
      Value n = CastOp.create(b, r.location(), CastOp.create(b, r.location(), count, ScalarKind.I64), kind);
      result = ArithBinaryOp.create(b, r.location(), BinaryKind.DIV, result, n);
    }
    return result;
  }

  private List<Value> combine(ReduceOp r, ScalarKind kind, List<Value> acc, Value v, Value position) {
    Location l = r.location();
    return switch (r.kind()) {
      case SUM, MEAN -> List.of(ArithBinaryOp.create(b, l, BinaryKind.ADD, acc.getFirst(), v));
      case MAX -> List.of(ArithBinaryOp.create(b, l, BinaryKind.MAX, acc.getFirst(), v));
      case MIN -> List.of(ArithBinaryOp.create(b, l, BinaryKind.MIN, acc.getFirst(), v));
      case ARGMAX -> {
        Value best = acc.get(0);
        Value take = CmpOp.create(b, l, CmpKind.GT, v, best);
        if (kind.isFloating()) {
          Value vNaN = CmpOp.create(b, l, CmpKind.NE, v, v);
          Value bestNum = CmpOp.create(b, l, CmpKind.EQ, best, best);
          Value nanWins = ArithBinaryOp.create(b, l, BinaryKind.AND, vNaN, bestNum);
          take = ArithBinaryOp.create(b, l, BinaryKind.OR, take, nanWins);
        }
        Value pos = CastOp.create(b, l, position, ScalarKind.I32);
        yield List.of(SelectOp.create(b, l, take, v, best), SelectOp.create(b, l, take, pos, acc.get(1)));
      }
    };
  }

  private static Attribute identity(ReduceKind k, ScalarKind kind) {
    boolean fp = kind.isFloating();
    return switch (k) {
      case SUM, MEAN -> fp ? Attribute.of(0.0) : Attribute.of(0L);
      case MAX, ARGMAX -> fp ? Attribute.of(Double.NEGATIVE_INFINITY)
          : Attribute.of(kind == ScalarKind.I8 ? (long) Byte.MIN_VALUE : (long) Integer.MIN_VALUE);
      case MIN -> fp ? Attribute.of(Double.POSITIVE_INFINITY)
          : Attribute.of(kind == ScalarKind.I8 ? (long) Byte.MAX_VALUE : (long) Integer.MAX_VALUE);
    };
  }

  /** A reduction of other axes: parallel over the kept elements, sequential over the reduced ones. */
  private void lowerReduce(ReduceOp r) {
    List<Dim> in = r.operand(0).shaped().shape();
    DType dt = r.operand(0).shaped().dtype();
    if (!r.axes().contains(in.size() - 1) && r.kind() != ReduceKind.ARGMAX && !dt.isHalf()) {
      lowerColumnReduce(r);
      return;
    }
    List<Dim> keptDims = new ArrayList<>();
    List<Dim> reducedDims = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      (r.axes().contains(i) ? reducedDims : keptDims).add(in.get(i));
    }
    Value work = index.dim(Dim.product(reducedDims));
    ParallelOp par = ParallelOp.create(b, loc, index.constant(0), index.dim(Dim.product(keptDims)), work,
        GRAIN_ELEMENTS, "p");
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(par.body());
    Value p = par.inductionVar();
    List<Value> kept = index.delinearize(b, p, keptDims);
    List<Value> bounds = reducedDims.stream().map(index::dim).toList();
    Value v = reduceLoops(r, kept, bounds, reducedDims, r.axes(), Map.of(), null, null);
    StoreOp.create(b, loc, v, outputs.getFirst(), p);
    YieldOp.create(b, loc, List.of());
    b.restore(saved);
  }

  /**
   * A reduction that keeps the last axis (a sum over rows, a max over the batch): the output row
   * is the accumulator. Each parallel iteration owns a tile of it, sets it to the identity, adds
   * (or maxes) the input rows into it in order, contiguous in the last axis so that the inner
   * loop vectorises, and divides it for a mean. Outputs are stored as they compute, so this path
   * is only for dtypes that store what they compute (not F16 or BF16).
   */
  private void lowerColumnReduce(ReduceOp r) {
    List<Dim> in = r.operand(0).shaped().shape();
    List<Dim> keptDims = new ArrayList<>();
    List<Dim> reducedDims = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      (r.axes().contains(i) ? reducedDims : keptDims).add(in.get(i));
    }
    ScalarKind kind = ElementEmitter.computeKind(r.operand(0).shaped().dtype());
    Value out = outputs.getFirst();
    Dim width = keptDims.getLast();
    List<Dim> outerKept = keptDims.subList(0, keptDims.size() - 1);
    Dim tilesPerRow = Dim.apply(Dim.Op.DIV, Dim.apply(Dim.Op.ADD, width, Dim.of(COLUMN_TILE - 1)), Dim.of(COLUMN_TILE));
    Value tiles = index.dim(tilesPerRow);
    Value inner = index.dim(width);
    Value work = index.dim(Dim.mul(Dim.of(COLUMN_TILE), Dim.product(reducedDims)));
    ParallelOp par = ParallelOp.create(b, loc, index.constant(0),
        index.dim(Dim.mul(Dim.product(outerKept), tilesPerRow)), work, GRAIN_ELEMENTS, "tile");
    OpBuilder.InsertionPoint saved = b.save();
    b.atEnd(par.body());
    Value p = par.inductionVar();
    Value row = ArithBinaryOp.create(b, loc, BinaryKind.DIV, p, tiles);
    Value tile = ArithBinaryOp.create(b, loc, BinaryKind.REM, p, tiles);
    Value lo = ArithBinaryOp.create(b, loc, BinaryKind.MUL, tile, index.constant(COLUMN_TILE));
    Value hi = ArithBinaryOp.create(b, loc, BinaryKind.MIN, inner,
        ArithBinaryOp.create(b, loc, BinaryKind.ADD, lo, index.constant(COLUMN_TILE)));
    Value base = ArithBinaryOp.create(b, loc, BinaryKind.MUL, row, inner);
    List<Value> outer = index.delinearize(b, row, outerKept);
    // out[row, lo:hi] = identity
    ForOp init = ForOp.create(b, loc, lo, hi, List.of(), "c");
    b.atEnd(init.body());
    StoreOp.create(b, loc, ConstantOp.create(b, loc, kind, identity(r.kind(), kind)), out,
        ArithBinaryOp.create(b, loc, BinaryKind.ADD, base, init.inductionVar()));
    YieldOp.create(b, loc, List.of());
    b.after(init);
    // for each reduced index, in order: out[row, lo:hi] op= x[..., lo:hi]
    List<ForOp> loops = new ArrayList<>();
    List<Value> reducedVars = new ArrayList<>();
    for (Dim d : reducedDims) {
      ForOp loop = ForOp.create(b, loc, index.constant(0), index.dim(d), List.of(), "k");
      loops.add(loop);
      b.atEnd(loop.body());
      reducedVars.add(loop.inductionVar());
    }
    ForOp columns = ForOp.create(b, loc, lo, hi, List.of(), "c");
    b.atEnd(columns.body());
    Value c = columns.inductionVar();
    List<Value> idx = new ArrayList<>();
    int nextKept = 0;
    int nextReduced = 0;
    List<Value> kept = new ArrayList<>(outer);
    kept.add(c);
    for (int i = 0; i < in.size(); i++) {
      idx.add(r.axes().contains(i) ? reducedVars.get(nextReduced++) : kept.get(nextKept++));
    }
    ElementEmitter e = new ElementEmitter(b, index, inputs, Map.of());
    Value v = e.emit(r.operand(0), e.broadcastIndex(idx, in));
    Value off = ArithBinaryOp.create(b, loc, BinaryKind.ADD, base, c);
    Value acc = LoadOp.create(b, loc, out, off);
    StoreOp.create(b, loc, combine(r, kind, List.of(acc), v, null).getFirst(), out, off);
    YieldOp.create(b, loc, List.of());
    for (int d = loops.size() - 1; d >= 0; d--) {
      b.after(d == loops.size() - 1 ? columns : loops.get(d + 1));
      YieldOp.create(b, loc, List.of());
    }
    b.after(loops.isEmpty() ? columns : loops.getFirst());
    if (r.kind() == ReduceKind.MEAN) {
      Value count = CastOp.create(b, loc, CastOp.create(b, loc, index.dim(Dim.product(reducedDims)), ScalarKind.I64), kind);
      ForOp scale = ForOp.create(b, loc, lo, hi, List.of(), "c");
      b.atEnd(scale.body());
      Value o = ArithBinaryOp.create(b, loc, BinaryKind.ADD, base, scale.inductionVar());
      StoreOp.create(b, loc, ArithBinaryOp.create(b, loc, BinaryKind.DIV, LoadOp.create(b, loc, out, o), count), out, o);
      YieldOp.create(b, loc, List.of());
      b.after(scale);
    }
    YieldOp.create(b, loc, List.of());
    b.restore(saved);
  }

  private void lowerMatmul(MatmulOp m) {
    Value[] operands = new Value[2];
    boolean[] transposed = new boolean[2];
    for (int i = 0; i < 2; i++) {
      Value v = m.operand(i);
      if (v.definingOp() instanceof TransposeOp t && FuseGroupsPass.swapsLastTwo(t)) {
        transposed[i] = true;
        v = t.operand(0);
      }
      operands[i] = inputs.get(v);
      if (operands[i] == null || !(operands[i].type() instanceof Type.Buffer)) {
        throw new IllegalStateException("matmul operand " + i + " is not in memory");
      }
    }
    LoopMatmulOp.create(b, m.location(), operands[0], transposed[0], operands[1], transposed[1],
        outputs.getFirst());
  }
}
