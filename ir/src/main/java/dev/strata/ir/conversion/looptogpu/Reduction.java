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
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.gpu.GroupReduceOp;
import dev.strata.ir.dialect.loop.ForOp;
import java.util.List;

/**
 * A value a {@code loop.for} carries that is a reduction: each iteration yields {@code acc op x}
 * for an associative {@code op}, and the body uses {@code acc} nowhere else. Such a loop may be
 * split across threads, each reducing its share from the identity.
 *
 * @param slot the carried slot
 * @param op the combining op
 * @param kind the scalar kind carried
 */
record Reduction(int slot, BinaryKind op, ScalarKind kind) implements CarriedReduction {

  /** The reduction carried in slot {@code i} of {@code loop}, or null if it is not one. */
  static Reduction of(ForOp loop, int i) {
    Value acc = loop.carried().get(i);
    Operation def = loop.yielded().get(i).definingOp();
    if (!(def instanceof ArithBinaryOp b) || !GroupReduceOp.COMBINERS.contains(b.kind())
        || acc.uses().size() != 1 || acc.uses().getFirst().user() != def) {
      return null;
    }
    return new Reduction(i, b.kind(), ((Type.Scalar) acc.type()).kind());
  }

  @Override
  public List<Integer> slots() {
    return List.of(slot);
  }

  @Override
  public List<Value> identities(OpBuilder b, Location loc) {
    return List.of(identity(b, loc));
  }

  @Override
  public List<Value> finish(OpBuilder b, Location loc, List<Value> partials, List<Value> inits) {
    Value all = GroupReduceOp.create(b, loc, partials.getFirst(), op);
    return List.of(ArithBinaryOp.create(b, loc, op, inits.getFirst(), all));
  }

  /** The value {@code x} with {@code x op v == v} for every {@code v}. */
  Value identity(OpBuilder b, Location loc) {
    Attribute value = switch (op) {
      case ADD, OR -> kind == ScalarKind.BOOL ? Attribute.of(false) : zero();
      case MUL -> kind.isFloating() ? Attribute.of(1.0) : Attribute.of(1L);
      case AND -> kind == ScalarKind.BOOL ? Attribute.of(true) : Attribute.of(-1L);
      case MAX -> kind.isFloating() ? Attribute.of(Double.NEGATIVE_INFINITY) : Attribute.of(minInt(kind));
      case MIN -> kind.isFloating() ? Attribute.of(Double.POSITIVE_INFINITY) : Attribute.of(-1 - minInt(kind));
      default -> throw new IllegalStateException(op + " is not a reduction");
    };
    return ConstantOp.create(b, loc, kind, value);
  }

  private Attribute zero() {
    return kind.isFloating() ? Attribute.of(0.0) : Attribute.of(0L);
  }

  /** The least value of the integer {@code kind}. */
  static long minInt(ScalarKind kind) {
    return switch (kind) {
      case I8 -> Byte.MIN_VALUE;
      case I32 -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }
}
