package dev.strata.backend.cpu.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.strata.DType;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.JavaMathOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.ShiftOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.loop.CheckOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the ops of a loop nest as Java statements: scalar Java everywhere, and, when
 * {@code vectorize} is on, Java Vector API code for each innermost loop that has a
 * {@link VectorPlan} (a vector main loop followed by a scalar tail).
 */
final class LoopCodeWriter {
  /** Loop bodies up to this many ops get four accumulators per reduction. */
  private static final int SMALL_BODY = 16;
  /** Loop bodies up to this many ops get two. */
  private static final int MEDIUM_BODY = 48;

  private final CodeBlock.Builder code;
  private final Names names;
  private final boolean vectorize;
  private int vectorLoops;

  LoopCodeWriter(CodeBlock.Builder code, Names names, boolean vectorize) {
    this.code = code;
    this.names = names;
    this.vectorize = vectorize;
  }

  /** How many loops were written in vector form. */
  int vectorLoops() {
    return vectorLoops;
  }

  /** Writes every op of {@code block} except its terminator. */
  void block(Block block) {
    for (Operation op : block.operations()) {
      if (!(op instanceof YieldOp)) {
        op(op);
      }
    }
  }

  /** Writes one scalar op or loop. */
  void op(Operation op) {
    switch (op) {
      case ForOp f -> forLoop(f);
      case CheckOp c -> {
        code.beginControlFlow("if (!$L)", names.of(c.operand(0)));
        code.addStatement("throw new $L($S)", c.isIndexCheck() ? "IndexOutOfBoundsException"
            : "IllegalArgumentException", c.message());
        code.endControlFlow();
      }
      case StoreOp s -> code.addStatement("$L[$L] = $L", names.of(s.buffer()), names.of(s.offset()),
          storeValue(s));
      default -> {
        if (op.results().size() != 1) {
          throw new IllegalStateException("the CPU back end cannot emit " + op.name());
        }
        Value r = op.result();
        String expr = scalarExpression(op);
        String name = names.fresh(r, "v");
        code.addStatement("final $L $L = $L", JavaTypes.of(r.type()), name, expr);
      }
    }
  }

  private String scalarExpression(Operation op) {
    return switch (op) {
      case ConstantOp c -> ScalarCode.constant(c.value(), c.kind());
      case ArithBinaryOp b -> ScalarCode.binary(b.kind(), b.scalarKind(), names.of(b.operand(0)), names.of(b.operand(1)));
      case CmpOp c -> ScalarCode.compare(c.kind(), kind(c.operand(0)), names.of(c.operand(0)), names.of(c.operand(1)));
      case SelectOp s -> "(" + names.of(s.operand(0)) + " ? " + names.of(s.operand(1)) + " : " + names.of(s.operand(2)) + ")";
      case CastOp c -> ScalarCode.cast(kind(c.operand(0)), c.kind(), names.of(c.operand(0)));
      case MathOp m -> ScalarCode.unary(m.kind(), kind(m.result()), names.of(m.operand(0)));
      case ShiftOp sh -> "(" + names.of(sh.operand(0)) + " " + sh.operator() + " " + names.of(sh.operand(1)) + ")";
      case JavaMathOp j -> "Math." + j.function() + "("
          + j.operands().stream().map(names::of).collect(java.util.stream.Collectors.joining(", ")) + ")";
      case LoadOp l -> loadValue(l);
      default -> throw new IllegalStateException("the CPU back end cannot emit " + op.name());
    };
  }

  private String loadValue(LoadOp l) {
    DType dt = ((Type.Buffer) l.buffer().type()).dtype();
    String e = names.of(l.buffer()) + "[" + names.of(l.offset()) + "]";
    return switch (dt) {
      case F16 -> "Float.float16ToFloat(" + e + ")";
      case BF16 -> "dev.strata.internal.HalfFloats.bf16ToFloat(" + e + ")";
      case BOOL -> "(" + e + " != 0)";
      default -> e;
    };
  }

  private String storeValue(StoreOp s) {
    DType dt = ((Type.Buffer) s.buffer().type()).dtype();
    String v = names.of(s.value());
    return switch (dt) {
      case F16 -> "Float.floatToFloat16(" + v + ")";
      case BF16 -> "dev.strata.internal.HalfFloats.floatToBf16(" + v + ")";
      case BOOL -> "(byte) (" + v + " ? 1 : 0)";
      default -> v;
    };
  }

  private void forLoop(ForOp f) {
    VectorPlan plan = vectorize && f.body().operations().stream().noneMatch(o -> !o.regions().isEmpty())
        ? VectorPlan.of(f) : null;
    List<String> acc = f.carried().stream().map(v -> names.fresh("acc")).toList();
    for (int i = 0; i < acc.size(); i++) {
      code.addStatement("$L $L = $L", JavaTypes.of(f.result(i).type()), acc.get(i), names.of(f.inits().get(i)));
    }
    String iv = names.fresh("i");
    if (plan != null) {
      code.addStatement("int $L = $L", iv, names.of(f.lower()));
      vectorMainLoop(f, plan, iv, acc);
      code.beginControlFlow("for (; $L < $L; $L++)", iv, names.of(f.upper()), iv);
    } else {
      code.beginControlFlow("for (int $L = $L; $L < $L; $L++)", iv, names.of(f.lower()), iv, names.of(f.upper()), iv);
    }
    scalarBody(f, iv, acc);
    code.endControlFlow();
    for (int i = 0; i < acc.size(); i++) {
      names.bind(f.result(i), acc.get(i));
    }
  }

  private void scalarBody(ForOp f, String iv, List<String> acc) {
    names.bind(f.inductionVar(), iv);
    for (int i = 0; i < acc.size(); i++) {
      names.bind(f.carried().get(i), acc.get(i));
    }
    block(f.body());
    List<Value> next = f.yielded();
    if (next.size() == 1) {
      code.addStatement("$L = $L", acc.getFirst(), names.of(next.getFirst()));
    } else if (next.size() > 1) {
      List<String> tmp = next.stream().map(v -> names.fresh("next")).toList();
      for (int i = 0; i < next.size(); i++) {
        code.addStatement("final $L $L = $L", JavaTypes.of(next.get(i).type()), tmp.get(i), names.of(next.get(i)));
      }
      for (int i = 0; i < next.size(); i++) {
        code.addStatement("$L = $L", acc.get(i), tmp.get(i));
      }
    }
  }

  private void vectorMainLoop(ForOp f, VectorPlan plan, String iv, List<String> acc) {
    vectorLoops++;
    String species = switch (plan.lanes) {
      case FLOAT64 -> "DS";
      case BYTE -> "BS";
      case FLOAT32 -> "FS";
    };
    String bound = names.fresh("bound");
    code.addStatement("final int $L = $L + $L.loopBound($L - $L)", bound, iv, species, names.of(f.upper()), iv);
    int unroll = unrollFactor(f);
    List<List<String>> vacc = new ArrayList<>();
    for (int u = 0; u < unroll; u++) {
      List<String> copy = f.carried().stream().map(v -> names.fresh("vacc")).toList();
      for (int i = 0; i < copy.size(); i++) {
        ScalarKind k = kind(f.carried().get(i));
        code.addStatement("$L $L = $L", VectorCode.vectorClass(k), copy.get(i),
            VectorCode.broadcast(k, identity(plan.reductions.get(i), k)));
      }
      vacc.add(copy);
    }
    if (unroll > 1) {
      // Independent accumulators per unrolled copy hide the latency of the reduction chain.
      String unrolledBound = names.fresh("bound");
      code.addStatement("final int $L = $L - $L * $L.length()", unrolledBound, bound, unroll - 1, species);
      code.beginControlFlow("for (; $L < $L; $L += $L * $L.length())", iv, unrolledBound, iv, unroll, species);
      for (int u = 0; u < unroll; u++) {
        String index = iv;
        if (u > 0) {
          index = names.fresh("i");
          code.addStatement("final int $L = $L + $L * $L.length()", index, iv, u, species);
        }
        vectorBody(f, plan, index, vacc.get(u));
      }
      code.endControlFlow();
    }
    code.beginControlFlow("for (; $L < $L; $L += $L.length())", iv, bound, iv, species);
    vectorBody(f, plan, iv, vacc.getFirst());
    code.endControlFlow();
    for (int i = 0; i < f.carried().size(); i++) {
      ScalarKind k = kind(f.carried().get(i));
      BinaryKind op = plan.reductions.get(i);
      String combined = vacc.getFirst().get(i);
      for (int u = 1; u < unroll; u++) {
        combined = VectorCode.binary(op, combined, vacc.get(u).get(i));
      }
      String lanes = "(" + combined + ").reduceLanes(" + VectorCode.reduceOperator(op) + ")";
      code.addStatement("$L = $L", acc.get(i), ScalarCode.binary(op, k, acc.get(i), lanes));
    }
  }

  /** Reductions over small bodies are unrolled so that several accumulators run in parallel. */
  private static int unrollFactor(ForOp f) {
    if (f.carried().isEmpty()) {
      return 1;
    }
    int ops = f.body().operations().size();
    return ops <= SMALL_BODY ? 4 : ops <= MEDIUM_BODY ? 2 : 1;
  }

  private void vectorBody(ForOp f, VectorPlan plan, String iv, List<String> vacc) {
    names.bind(f.inductionVar(), iv);
    for (int i = 0; i < vacc.size(); i++) {
      names.bind(f.carried().get(i), vacc.get(i));
    }
    for (Operation op : f.body().operations()) {
      if (op instanceof YieldOp y) {
        for (int i = 0; i < vacc.size(); i++) {
          code.addStatement("$L = $L", vacc.get(i), names.of(y.operand(i)));
        }
      } else {
        vectorOp(op, plan);
      }
    }
  }

  private void vectorOp(Operation op, VectorPlan plan) {
    boolean vector = op.results().size() == 1 && plan.isVector(op.result());
    if (op instanceof StoreOp s) {
      ScalarKind k = kind(s.value());
      String value = k == ScalarKind.BOOL ? "ByteVector.zero(BS).blend((byte) 1, " + mask(s.value(), ScalarKind.I8, plan) + ")"
          : vec(s.value(), k, plan);
      code.addStatement("$L.intoArray($L, $L)", value, names.of(s.buffer()), names.of(s.offset()));
      return;
    }
    if (!vector) {
      op(op);
      return;
    }
    Value r = op.result();
    ScalarKind k = kind(r);
    String e = switch (op) {
      case LoadOp l -> k == ScalarKind.BOOL
          ? "ByteVector.fromArray(BS, " + names.of(l.buffer()) + ", " + names.of(l.offset())
              + ").compare(VectorOperators.NE, (byte) 0)"
          : VectorCode.vectorClass(k) + ".fromArray(" + VectorCode.species(k) + ", "
              + names.of(l.buffer()) + ", " + names.of(l.offset()) + ")";
      case ArithBinaryOp b when b.kind() == BinaryKind.DIV && k.isFloating() && !plan.isVector(b.operand(1)) ->
          // Dividing every lane by one value: multiply by its reciprocal (within an ulp).
          vec(b.operand(0), k, plan) + ".mul(" + VectorCode.broadcast(k, "1.0 / " + names.of(b.operand(1))) + ")";
      case ArithBinaryOp b -> k == ScalarKind.BOOL
          ? VectorCode.binary(b.kind(), names.of(b.operand(0)), names.of(b.operand(1)))
          : VectorCode.binary(b.kind(), vec(b.operand(0), k, plan), vec(b.operand(1), k, plan));
      case CmpOp c -> VectorCode.compare(c.kind(), vec(c.operand(0), kind(c.operand(0)), plan),
          vec(c.operand(1), kind(c.operand(0)), plan));
      case SelectOp s -> vec(s.operand(2), k, plan) + ".blend(" + vec(s.operand(1), k, plan) + ", "
          + mask(s.operand(0), k, plan) + ")";
      case CastOp c -> vectorCast(c, plan);
      case MathOp m -> VectorCode.unary(m.kind(), k, k == ScalarKind.BOOL ? names.of(m.operand(0)) : vec(m.operand(0), k, plan));
      default -> throw new IllegalStateException("no vector form for " + op.name());
    };
    String type = k == ScalarKind.BOOL ? "VectorMask<" + boxed(VectorPlan.maskElement(r)) + ">" : VectorCode.vectorClass(k);
    code.addStatement("final $L $L = $L", type, names.fresh(r, "w"), e);
  }

  private String vectorCast(CastOp c, VectorPlan plan) {
    ScalarKind from = kind(c.operand(0));
    ScalarKind to = c.kind();
    String x = from == ScalarKind.BOOL ? "" : vec(c.operand(0), from, plan);
    if (from == ScalarKind.BOOL) {
      return "ByteVector.zero(BS).blend((byte) 1, " + mask(c.operand(0), ScalarKind.I8, plan) + ")";
    }
    if (to == ScalarKind.BOOL) {
      return x + ".compare(VectorOperators.NE, " + VectorCode.broadcast(from, "0") + ")";
    }
    return from == ScalarKind.F32
        ? "(IntVector) " + x + ".convert(VectorOperators.F2I, 0)"
        : "(FloatVector) " + x + ".convert(VectorOperators.I2F, 0)";
  }

  private String vec(Value v, ScalarKind k, VectorPlan plan) {
    return plan.isVector(v) ? names.of(v) : VectorCode.broadcast(k, names.of(v));
  }

  private String mask(Value v, ScalarKind element, VectorPlan plan) {
    return plan.isVector(v) ? names.of(v) : VectorCode.species(element) + ".maskAll(" + names.of(v) + ")";
  }

  private static String boxed(ScalarKind k) {
    return switch (k) {
      case F64 -> "Double";
      case I32 -> "Integer";
      case I8, BOOL -> "Byte";
      default -> "Float";
    };
  }

  private static String identity(BinaryKind op, ScalarKind k) {
    boolean fp = k.isFloating();
    return switch (op) {
      case ADD -> "0";
      case MUL -> "1";
      case MAX -> fp ? (k == ScalarKind.F64 ? "Double" : "Float") + ".NEGATIVE_INFINITY"
          : k == ScalarKind.I8 ? "Byte.MIN_VALUE" : "Integer.MIN_VALUE";
      case MIN -> fp ? (k == ScalarKind.F64 ? "Double" : "Float") + ".POSITIVE_INFINITY"
          : k == ScalarKind.I8 ? "Byte.MAX_VALUE" : "Integer.MAX_VALUE";
      default -> throw new IllegalArgumentException(op.name());
    };
  }

  private static ScalarKind kind(Value v) {
    return ((Type.Scalar) v.type()).kind();
  }
}
