package dev.strata.ir.conversion.tensortoloop;

import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.loop.IndexMath;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.tensor.BroadcastToOp;
import dev.strata.ir.dialect.tensor.FillOp;
import dev.strata.ir.dialect.tensor.IotaOp;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.dialect.tensor.ReshapeOp;
import dev.strata.ir.dialect.tensor.SliceOp;
import dev.strata.ir.dialect.tensor.SplatOp;
import dev.strata.ir.dialect.tensor.TensorBinaryOp;
import dev.strata.ir.dialect.tensor.TensorCastOp;
import dev.strata.ir.dialect.tensor.TensorCompareOp;
import dev.strata.ir.dialect.tensor.TensorUnaryOp;
import dev.strata.ir.dialect.tensor.TransposeOp;
import dev.strata.ir.dialect.tensor.WhereOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes one element of a tensor value inside a group, given its indices: the heart of fusion.
 * Elementwise ops recurse into their operands at the (broadcast) same index, views remap the
 * index, group inputs are loaded from their buffers, and row reductions give the value already
 * computed for the current row. Results are shared within one loop body.
 */
final class ElementEmitter {
  private final OpBuilder b;
  private final IndexMath index;
  private final Map<Value, Value> inputs;
  private final Map<Operation, Value> rowValues;
  private final Map<List<Object>, Value> memo = new HashMap<>();

  ElementEmitter(OpBuilder b, IndexMath index, Map<Value, Value> inputs, Map<Operation, Value> rowValues) {
    this.b = b;
    this.index = index;
    this.inputs = inputs;
    this.rowValues = rowValues;
  }

  /** The kind elements of {@code dtype} compute in. */
  static ScalarKind computeKind(DType dtype) {
    return LoadOp.computeKind(dtype);
  }

  /** Makes {@link #emit} give {@code known} for {@code v} at {@code idx} (a value already in memory). */
  void seed(Value v, List<Value> idx, Value known) {
    List<Object> key = new ArrayList<>(idx.size() + 1);
    key.add(v);
    key.addAll(idx);
    memo.put(key, known);
  }

  /** The element of {@code v} at {@code idx}, as a scalar of its compute kind. */
  Value emit(Value v, List<Value> idx) {
    List<Object> key = new ArrayList<>(idx.size() + 1);
    key.add(v);
    key.addAll(idx);
    Value known = memo.get(key);
    if (known == null) {
      known = compute(v, idx);
      memo.put(key, known);
    }
    return known;
  }

  private Value compute(Value v, List<Value> idx) {
    if (v instanceof BlockArgument) {
      Value lowered = inputs.get(v);
      if (lowered.type() instanceof Type.Scalar) {
        return lowered;
      }
      Type.Buffer buf = (Type.Buffer) lowered.type();
      return LoadOp.create(b, loc(v), lowered, index.linearize(b, idx, buf.shape()));
    }
    Operation op = v.definingOp();
    List<Dim> shape = v.shaped().shape();
    DType dtype = v.shaped().dtype();
    var loc = op.location();
    return switch (op) {
      case FillOp f -> storageRounded(ConstantOp.create(b, loc, ScalarKind.F64, Attribute.of(f.value())), dtype);
      case SplatOp s -> storageRounded(inputs.getOrDefault(s.operand(0), s.operand(0)), dtype);
      case IotaOp i -> storageRounded(CastOp.create(b, loc, idx.getFirst(), ScalarKind.I64), dtype);
      case TransposeOp t -> {
        List<Integer> perm = t.perm();
        Value[] in = new Value[perm.size()];
        for (int i = 0; i < perm.size(); i++) {
          in[perm.get(i)] = idx.get(i);
        }
        yield emit(t.operand(0), List.of(in));
      }
      case BroadcastToOp bt -> emit(bt.operand(0), broadcastIndex(idx, bt.operand(0).shaped().shape(), shape));
      case ReshapeOp r -> emit(r.operand(0), reshapeIndex(idx, shape, r.operand(0).shaped().shape()));
      case SliceOp s -> {
        List<Value> in = new ArrayList<>(idx);
        Dim start = s.start(s.operand(0).shaped().dim(s.axis()));
        in.set(s.axis(), ArithBinaryOp.create(b, loc, dev.strata.ir.dialect.arith.BinaryKind.ADD,
            idx.get(s.axis()), index.dim(start)));
        yield emit(s.operand(0), in);
      }
      case TensorBinaryOp e -> halfRounded(ArithBinaryOp.create(b, loc, e.kind(), operand(e, 0, idx), operand(e, 1, idx)), dtype);
      case TensorCompareOp c -> CmpOp.create(b, loc, c.kind(), operand(c, 0, idx), operand(c, 1, idx));
      case WhereOp w -> SelectOp.create(b, loc, operand(w, 0, idx), operand(w, 1, idx), operand(w, 2, idx));
      case SelectOp s -> SelectOp.create(b, loc, inputs.getOrDefault(s.operand(0), s.operand(0)),
          operand(s, 1, idx), operand(s, 2, idx));
      case TensorUnaryOp u -> halfRounded(MathOp.create(b, loc, u.kind(), operand(u, 0, idx)), dtype);
      case TensorCastOp c -> storageRounded(operand(c, 0, idx), c.dtype());
      case ReduceOp r -> {
        Value row = rowValues.get(r);
        if (row == null) {
          throw new IllegalStateException(r.name() + " is not a row reduction of this group");
        }
        // A 16-bit reduction's result is a 16-bit tensor: rounded before the ops that read it.
        yield halfRounded(row, dtype);
      }
      default -> throw new IllegalStateException("cannot compute elements of " + op.name() + " in a loop");
    };
  }

  private Value operand(Operation op, int i, List<Value> idx) {
    Value in = op.operand(i);
    return emit(in, broadcastIndex(idx, in.shaped().shape(), op.result().shaped().shape()));
  }

  /** The index into an operand of shape {@code in}, whose dims match those of {@code idx} or are 1. */
  List<Value> broadcastIndex(List<Value> idx, List<Dim> in) {
    return broadcastIndex(idx, in, null);
  }

  /**
   * The index into an operand of shape {@code in} broadcast to {@code shape}, the shape {@code idx}
   * ranges over ({@code null}: {@code in}'s own dims, where they are not 1). A literal 1 reads
   * element 0; a dim that is not {@code shape}'s is 1 or equal to it at run time (the entry checks
   * say so), so the index is chosen at run time.
   */
  List<Value> broadcastIndex(List<Value> idx, List<Dim> in, List<Dim> shape) {
    List<Value> out = new ArrayList<>(in.size());
    int offset = idx.size() - in.size();
    for (int k = 0; k < in.size(); k++) {
      Dim d = in.get(k);
      Value i = idx.get(k + offset);
      if (d.is(1)) {
        out.add(index.constant(0));
      } else if (shape == null || d.equals(shape.get(k + offset))) {
        out.add(i);
      } else {
        Value unit = CmpOp.create(b, dev.strata.ir.core.Location.UNKNOWN, CmpKind.EQ, index.dim(d), index.constant(1));
        out.add(SelectOp.create(b, dev.strata.ir.core.Location.UNKNOWN, unit, index.constant(0), i));
      }
    }
    return out;
  }

  private List<Value> reshapeIndex(List<Value> idx, List<Dim> out, List<Dim> in) {
    if (ReshapeOp.onlyUnitDims(out, in)) {
      List<Value> nonUnit = new ArrayList<>();
      for (int k = 0; k < out.size(); k++) {
        if (!out.get(k).is(1)) {
          nonUnit.add(idx.get(k));
        }
      }
      List<Value> res = new ArrayList<>();
      int next = 0;
      for (Dim d : in) {
        res.add(d.is(1) ? index.constant(0) : nonUnit.get(next++));
      }
      return res;
    }
    return index.delinearize(b, index.linearize(b, idx, out), in);
  }

  /**
   * {@code x}, computed in f32 for a 16-bit {@code dtype}, rounded to that dtype as the reference
   * rounds every op's result: fused intermediates then hold what an eager tensor would.
   */
  private Value halfRounded(Value x, DType dtype) {
    return dtype.isHalf() ? storageRounded(x, dtype) : x;
  }

  /** {@code x} converted to {@code dtype} as a store would round it, in the compute kind. */
  private Value storageRounded(Value x, DType dtype) {
    var loc = x.definingOp() != null ? x.definingOp().location() : dev.strata.ir.core.Location.UNKNOWN;
    ScalarKind compute = computeKind(dtype);
    if (dtype.isHalf()) {
      Value half = CastOp.create(b, loc, x, ScalarKind.of(dtype));
      return CastOp.create(b, loc, half, compute);
    }
    return CastOp.create(b, loc, x, compute);
  }

  private static dev.strata.ir.core.Location loc(Value v) {
    return v.definingOp() != null ? v.definingOp().location() : dev.strata.ir.core.Location.UNKNOWN;
  }
}
