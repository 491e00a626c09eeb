package dev.strata.ir.conversion.looptogpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.gpu.GroupArgmaxOp;
import dev.strata.ir.dialect.loop.ForOp;
import java.util.List;

/**
 * The (maximum, index) pair an {@code argmax} loop carries, as {@code convert-tensor-to-loop}
 * writes it: each iteration takes the element when {@code x > best} (for floating kinds also when
 * {@code x} is NaN and {@code best} is not) and yields {@code select(take, x, best)} and
 * {@code select(take, k, index)}. Scanning in increasing {@code k} this keeps the first maximum, a
 * NaN beating every number; threads that scan strided shares in increasing order and then keep the
 * best pair, ties to the smaller index, find the same element.
 *
 * @param valueSlot the carried slot of the maximum so far
 * @param indexSlot the carried slot of its index ({@code i32})
 * @param kind the scalar kind of the values compared
 */
record ArgmaxReduction(int valueSlot, int indexSlot, ScalarKind kind) implements CarriedReduction {

  /** The argmax pair whose value is carried in slot {@code i} of {@code loop}, or null. */
  static ArgmaxReduction of(ForOp loop, int i) {
    Value best = loop.carried().get(i);
    if (!(loop.yielded().get(i).definingOp() instanceof SelectOp keep) || keep.operand(2) != best
        || !(best.type() instanceof Type.Scalar s)) {
      return null;
    }
    Value take = keep.operand(0);
    List<Operation> readers = readersOfBest(take, keep.operand(1), best, s.kind());
    if (readers == null || !best.uses().stream().allMatch(u -> u.user() == keep || readers.contains(u.user()))) {
      return null;
    }
    for (int j = 0; j < loop.carried().size(); j++) {
      Value index = loop.carried().get(j);
      if (j != i && index.type().equals(Type.scalar(ScalarKind.I32))
          && loop.yielded().get(j).definingOp() instanceof SelectOp pick && pick.operand(0) == take
          && pick.operand(2) == index && index.uses().size() == 1) {
        return new ArgmaxReduction(i, j, s.kind());
      }
    }
    return null;
  }

  /**
   * The compares in {@code take} that read {@code best}, if {@code take} is exactly argmax's
   * condition on {@code x} and {@code best}; otherwise null.
   */
  private static List<Operation> readersOfBest(Value take, Value x, Value best, ScalarKind kind) {
    if (!kind.isFloating()) {
      return isCmp(take, CmpKind.GT, x, best) ? List.of(take.definingOp()) : null;
    }
    // take = (x > best) | ((x != x) & (best == best))
    if (!(take.definingOp() instanceof ArithBinaryOp or) || or.kind() != BinaryKind.OR
        || !isCmp(or.operand(0), CmpKind.GT, x, best)
        || !(or.operand(1).definingOp() instanceof ArithBinaryOp and) || and.kind() != BinaryKind.AND
        || !isCmp(and.operand(0), CmpKind.NE, x, x) || !isCmp(and.operand(1), CmpKind.EQ, best, best)) {
      return null;
    }
    return List.of(or.operand(0).definingOp(), and.operand(1).definingOp());
  }

  private static boolean isCmp(Value v, CmpKind kind, Value lhs, Value rhs) {
    return v.definingOp() instanceof CmpOp c && c.kind() == kind && c.operand(0) == lhs && c.operand(1) == rhs;
  }

  @Override
  public List<Integer> slots() {
    return List.of(valueSlot, indexSlot);
  }

  @Override
  public List<Value> identities(OpBuilder b, Location loc) {
    Attribute least = kind.isFloating() ? Attribute.of(Double.NEGATIVE_INFINITY) : Attribute.of(Reduction.minInt(kind));
    return List.of(ConstantOp.create(b, loc, kind, least), ConstantOp.create(b, loc, ScalarKind.I32, Attribute.of(0L)));
  }

  @Override
  public List<Value> finish(OpBuilder b, Location loc, List<Value> partials, List<Value> inits) {
    GroupArgmaxOp all = GroupArgmaxOp.create(b, loc, partials.get(0), partials.get(1));
    return better(b, loc, inits, List.of(all.result(0), all.result(1)));
  }

  /**
   * The better of the pairs {@code mine} and {@code other} (value, index): the greater value, a NaN
   * above every number, equal values (two NaNs among them) to the smaller index.
   */
  static List<Value> better(OpBuilder b, Location loc, List<Value> mine, List<Value> other) {
    Value mv = mine.get(0);
    Value mi = mine.get(1);
    Value ov = other.get(0);
    Value oi = other.get(1);
    Value greater = CmpOp.create(b, loc, CmpKind.GT, ov, mv);
    Value equal = CmpOp.create(b, loc, CmpKind.EQ, ov, mv);
    if (((Type.Scalar) mv.type()).kind().isFloating()) {
      Value otherNaN = CmpOp.create(b, loc, CmpKind.NE, ov, ov);
      Value mineNaN = CmpOp.create(b, loc, CmpKind.NE, mv, mv);
      Value mineNumber = CmpOp.create(b, loc, CmpKind.EQ, mv, mv);
      greater = or(b, loc, greater, and(b, loc, otherNaN, mineNumber));
      equal = or(b, loc, equal, and(b, loc, otherNaN, mineNaN));
    }
    Value take = or(b, loc, greater, and(b, loc, equal, CmpOp.create(b, loc, CmpKind.LT, oi, mi)));
    return List.of(SelectOp.create(b, loc, take, ov, mv), SelectOp.create(b, loc, take, oi, mi));
  }

  private static Value or(OpBuilder b, Location loc, Value x, Value y) {
    return ArithBinaryOp.create(b, loc, BinaryKind.OR, x, y);
  }

  private static Value and(OpBuilder b, Location loc, Value x, Value y) {
    return ArithBinaryOp.create(b, loc, BinaryKind.AND, x, y);
  }
}
