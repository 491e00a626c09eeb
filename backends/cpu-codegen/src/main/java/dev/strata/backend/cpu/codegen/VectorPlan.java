package dev.strata.backend.cpu.codegen;

import dev.strata.DType;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vector stage's decision for one innermost {@code loop.for}: whether its iterations can run
 * as lanes of the Java Vector API, and how. A loop qualifies when every value that changes with
 * the induction variable is f32/i32 (one lane count) or f64, every such load and store is
 * contiguous, every op has a vector form, and every carried value is a reduction by add, mul, max
 * or min.
 */
final class VectorPlan {
  /** The lane width of a vectorised loop: f32 and i32, f64, or i8 and bool. */
  enum Lanes { FLOAT32, FLOAT64, BYTE }

  final ForOp loop;
  final Set<Value> varying = new HashSet<>();
  final Map<Integer, BinaryKind> reductions = new HashMap<>();
  private final Set<Lanes> storedLanes = new HashSet<>();
  Lanes lanes;

  private VectorPlan(ForOp loop) {
    this.loop = loop;
  }

  /** The plan for {@code loop}, or null when it must stay scalar. */
  static VectorPlan of(ForOp loop) {
    VectorPlan p = new VectorPlan(loop);
    return p.analyse() ? p : null;
  }

  private boolean analyse() {
    Value iv = loop.inductionVar();
    varying.add(iv);
    varying.addAll(loop.carried());
    for (Operation op : loop.body().operations()) {
      if (op.regions().size() > 0) {
        return false;
      }
      boolean v = op.operands().stream().anyMatch(varying::contains);
      if (op instanceof LoadOp l) {
        DType dt = ((Type.Buffer) l.buffer().type()).dtype();
        if (varying.contains(l.offset())) {
          if (!laneOk(dt) || Affine.coefficient(l.offset(), iv, varying) != 1) {
            return false;
          }
          varying.add(l.result());
        }
        continue;
      }
      if (op instanceof StoreOp s) {
        DType dt = ((Type.Buffer) s.buffer().type()).dtype();
        if (!varying.contains(s.offset()) || Affine.coefficient(s.offset(), iv, varying) != 1
            || !laneOk(dt) || !LoadOp.computeKind(dt).equals(kindOf(s.value()))) {
          return false;
        }
        storedLanes.add(lanesOf(LoadOp.computeKind(dt)));
        continue;
      }
      if (op instanceof YieldOp) {
        continue;
      }
      if (!v) {
        continue;
      }
      for (var r : op.results()) {
        varying.add(r);
      }
      if (op.results().size() == 1 && kindOf(op.result()) == ScalarKind.INDEX) {
        if (!(op instanceof ArithBinaryOp)) {
          return false;
        }
        continue; // offsets are computed as scalars at the first lane
      }
      if (!supported(op)) {
        return false;
      }
    }
    for (Value v : varying) {
      ScalarKind k = kindOf(v);
      if (k == ScalarKind.INDEX || v == iv) {
        continue;
      }
      Lanes l = lanesOf(k == ScalarKind.BOOL ? maskElement(v) : k);
      if (l == null || (lanes != null && lanes != l)) {
        return false;
      }
      lanes = l;
    }
    for (Lanes l : storedLanes) {
      if (lanes != null && lanes != l) {
        return false; // e.g. a float comparison stored to a BOOL buffer: different lane counts
      }
      lanes = l;
    }
    if (lanes == null) {
      lanes = Lanes.FLOAT32;
    }
    return reductionsOk();
  }

  private boolean reductionsOk() {
    List<Value> yielded = loop.yielded();
    for (int i = 0; i < yielded.size(); i++) {
      Value acc = loop.carried().get(i);
      if (acc.uses().size() != 1 || !(yielded.get(i).definingOp() instanceof ArithBinaryOp b)
          || b != acc.uses().getFirst().user() || yielded.get(i).uses().size() != 1) {
        return false;
      }
      if (!(b.kind() == BinaryKind.ADD || b.kind() == BinaryKind.MUL || b.kind() == BinaryKind.MAX
          || b.kind() == BinaryKind.MIN) || kindOf(acc) == ScalarKind.BOOL) {
        return false;
      }
      reductions.put(i, b.kind());
    }
    return true;
  }

  private static boolean laneOk(DType dt) {
    return dt == DType.F32 || dt == DType.F64 || dt == DType.I32 || dt == DType.I8 || dt == DType.BOOL;
  }

  private static Lanes lanesOf(ScalarKind k) {
    return switch (k) {
      case F32, I32 -> Lanes.FLOAT32;
      case F64 -> Lanes.FLOAT64;
      case I8, BOOL -> Lanes.BYTE;
      default -> null;
    };
  }

  static ScalarKind kindOf(Value v) {
    return v.type() instanceof Type.Scalar s ? s.kind() : null;
  }

  private boolean supported(Operation op) {
    return switch (op) {
      case ArithBinaryOp b -> kindOf(b.result()) == ScalarKind.BOOL
          ? b.kind() == BinaryKind.AND || b.kind() == BinaryKind.OR
          : switch (b.kind()) {
            case ADD, SUB, MUL, MAX, MIN -> true;
            case DIV, POW -> kindOf(b.result()).isFloating();
            default -> false;
          };
      case CmpOp c -> kindOf(c.operand(0)) != ScalarKind.BOOL;
      case SelectOp s -> kindOf(s.result()) != ScalarKind.BOOL && sameLaneType(s.operand(0), s.result());
      case CastOp c -> {
        ScalarKind from = kindOf(c.operand(0));
        ScalarKind to = kindOf(c.result());
        yield (from == ScalarKind.F32 && to == ScalarKind.I32) || (from == ScalarKind.I32 && to == ScalarKind.F32)
            || (to == ScalarKind.BOOL && from != ScalarKind.BOOL)
            || (from == ScalarKind.BOOL && to == ScalarKind.I8 && maskElement(c.operand(0)) == ScalarKind.I8);
      }
      case MathOp m -> switch (m.kind()) {
        case NEG, ABS, RELU, SQUARE -> true;
        case EXP, LOG, SQRT, RSQRT, TANH, SIGMOID, GELU, SIN, COS, RECIPROCAL -> kindOf(m.result()).isFloating();
        case NOT -> kindOf(m.result()) == ScalarKind.BOOL;
        default -> false;
      };
      case ConstantOp c -> true;
      default -> false;
    };
  }

  /** Whether a mask from {@code cond} selects lanes of {@code value}'s element type. */
  private static boolean sameLaneType(Value cond, Value value) {
    Operation def = cond.definingOp();
    if (def instanceof CmpOp c) {
      return kindOf(c.operand(0)) == kindOf(value);
    }
    return false;
  }

  /** The element type of the mask {@code v}: the kind its comparison compared. */
  static ScalarKind maskElement(Value v) {
    Operation def = v.definingOp();
    if (def instanceof LoadOp) {
      return ScalarKind.I8; // a BOOL buffer holds bytes
    }
    if (def instanceof CmpOp c) {
      return kindOf(c.operand(0));
    }
    if (def instanceof CastOp c) {
      return kindOf(c.operand(0));
    }
    if (def != null && !def.operands().isEmpty()) {
      return maskElement(def.operand(0));
    }
    return ScalarKind.F32;
  }

  /** Whether {@code v} varies across lanes. */
  boolean isVarying(Value v) {
    return varying.contains(v);
  }

  /** Whether {@code v} is a lane vector (varying and not an index). */
  boolean isVector(Value v) {
    return varying.contains(v) && kindOf(v) != ScalarKind.INDEX;
  }
}
