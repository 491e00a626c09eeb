package dev.strata.backend.opencl.codegen;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.FmaOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.gpu.BarrierOp;
import dev.strata.ir.dialect.gpu.GpuFuncOp;
import dev.strata.ir.dialect.gpu.GpuIdOp;
import dev.strata.ir.dialect.gpu.GpuIfOp;
import dev.strata.ir.dialect.gpu.GpuRandomOp;
import dev.strata.ir.dialect.gpu.GpuReturnOp;
import dev.strata.ir.dialect.gpu.GroupArgmaxOp;
import dev.strata.ir.dialect.gpu.GroupReduceOp;
import dev.strata.ir.dialect.gpu.LocalAllocOp;
import dev.strata.ir.dialect.loop.ForOp;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.dialect.loop.YieldOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one {@code gpu.func} as an OpenCL C kernel function: one declaration per op result,
 * constants inlined as literals, {@code loop.for} as a C {@code for} whose carried values are
 * variables declared before it, {@code gpu.if} as {@code if}, local buffers declared at the top.
 */
final class KernelWriter {
  private static final int LINE_WIDTH = 100;
  private static final String CONTINUATION = "    ";

  private final SourceBuilder out = new SourceBuilder();
  private final ClNames names = new ClNames();
  private final ScalarExpressions scalars;
  private final MemoryAccess memory;
  private final Prelude prelude;

  /** A writer whose helper calls are recorded in {@code prelude}. */
  KernelWriter(Prelude prelude) {
    this.prelude = prelude;
    this.scalars = new ScalarExpressions(prelude);
    this.memory = new MemoryAccess(prelude);
  }

  /** The definition of {@code kernel}, named {@code name}. */
  String write(GpuFuncOp kernel, String name) {
    names.fresh(name, "kernel");
    List<String> conversions = new ArrayList<>();
    List<String> params = parameters(kernel, conversions);
    signature("__kernel __attribute__((reqd_work_group_size(" + kernel.workgroupSize()
        + ", 1, 1))) void " + name, params);
    for (Operation op : kernel.body().operations()) {
      if (op instanceof LocalAllocOp local) {
        Type.Buffer type = local.bufferType();
        String array = names.declare(local.result(), "local");
        out.line("__local " + ClTypes.element(type.dtype()) + " " + array + "["
            + type.numel().value() + "];");
      }
    }
    conversions.forEach(out::line);
    block(kernel.body());
    out.close();
    return out.build();
  }

  /** Opens the kernel's body; parameters that do not fit one line go on continuation lines. */
  private void signature(String head, List<String> params) {
    String oneLine = head + "(" + String.join(", ", params) + ")";
    if (oneLine.length() + 2 <= LINE_WIDTH || params.isEmpty()) {
      out.open(oneLine);
      return;
    }
    out.line(head + "(");
    StringBuilder line = new StringBuilder(CONTINUATION);
    for (int i = 0; i < params.size(); i++) {
      boolean last = i + 1 == params.size();
      String param = params.get(i) + (last ? ")" : ",");
      int width = line.length() + 1 + param.length() + (last ? 2 : 0);
      if (line.length() > CONTINUATION.length() && width > LINE_WIDTH) {
        out.line(line.toString());
        line = new StringBuilder(CONTINUATION);
      }
      line.append(line.length() > CONTINUATION.length() ? " " : "").append(param);
    }
    out.open(line.toString());
  }

  /**
   * The C parameters; bool and {@code i8} scalars arrive as {@code int} and get a local of
   * their own type, whose declaration is added to {@code conversions}.
   */
  private List<String> parameters(GpuFuncOp kernel, List<String> conversions) {
    Set<Value> written = new HashSet<>();
    kernel.walk(op -> {
      if (op instanceof StoreOp s) {
        written.add(s.buffer());
      }
    });
    List<String> params = new ArrayList<>();
    for (BlockArgument a : kernel.body().arguments()) {
      switch (a.type()) {
        case Type.Buffer b -> params.add(ClTypes.addressSpace(b)
            + (written.contains(a) ? " " : " const ") + ClTypes.element(b.dtype()) + "* "
            + names.declare(a, "arg"));
        case Type.Scalar s when s.kind() == ScalarKind.BOOL || s.kind() == ScalarKind.I8 -> {
          String local = names.declare(a, "arg");
          String param = names.fresh(local + "_in", "arg");
          params.add("int " + param);
          String value = s.kind() == ScalarKind.BOOL
              ? param + " != 0" : "as_char((uchar) " + param + ")";
          conversions.add(ClTypes.scalar(s.kind()) + " " + local + " = " + value + ";");
        }
        case Type.Scalar s -> params.add(ClTypes.scalar(s.kind()) + " " + names.declare(a, "arg"));
        case Type.Tensor t -> throw new IllegalArgumentException(
            "gpu.func " + kernel.symbolName() + " takes a tensor, which has no OpenCL form");
      }
    }
    if (kernel.traps()) {
      String flag = names.fresh("trap", "trap");
      scalars.trapFlag(flag);
      params.add("__global int* " + flag);
    }
    return params;
  }

  private void block(Block block) {
    for (Operation op : block.operations()) {
      statement(op);
    }
  }

  private void statement(Operation op) {
    switch (op) {
      case LocalAllocOp a -> { } // declared at the top of the kernel
      case YieldOp y -> { } // written by the loop that owns it
      case GpuReturnOp r -> { } // always the end of the kernel's body
      case ConstantOp c -> names.bind(c.result(), ScalarExpressions.constant(c.value(), c.kind()));
      case ForOp f -> forLoop(f);
      case GpuIfOp g -> {
        out.open("if (" + names.of(g.operand(0)) + ")");
        block(g.body());
        out.close();
      }
      case BarrierOp b -> out.line(b.fence().equals("local") ? "barrier(CLK_LOCAL_MEM_FENCE);"
          : "barrier(CLK_GLOBAL_MEM_FENCE | CLK_LOCAL_MEM_FENCE);");
      case StoreOp s -> out.line(memory.store(s, names.of(s.value()), names.of(s.buffer()),
          names.of(s.offset())) + ";");
      case GroupReduceOp g -> throw notLowered(g);
      case GroupArgmaxOp g -> throw notLowered(g);
      default -> declare(op);
    }
  }

  private static IllegalArgumentException notLowered(Operation op) {
    return new IllegalArgumentException(op.name() + " must be expanded by lower-group-reductions"
        + " before OpenCL emission (" + op.location() + ")");
  }

  private void declare(Operation op) {
    if (op.results().size() != 1 || !(op.result().type() instanceof Type.Scalar result)) {
      throw unsupported(op);
    }
    String expression = switch (op) {
      case ArithBinaryOp b -> scalars.binary(b, operand(b, 0), operand(b, 1));
      case CmpOp c -> ScalarExpressions.compare(c, operand(c, 0), operand(c, 1));
      case SelectOp s -> operand(s, 0) + " ? " + operand(s, 1) + " : " + operand(s, 2);
      case FmaOp f -> "fma(" + operand(f, 0) + ", " + operand(f, 1) + ", " + operand(f, 2) + ")";
      case CastOp c -> scalars.cast(c, operand(c, 0));
      case MathOp m -> scalars.unary(m, operand(m, 0));
      case LoadOp l -> memory.load(l, names.of(l.buffer()), names.of(l.offset()));
      case GpuIdOp g ->
          "(int) get_" + g.kind().opName().substring("gpu.".length()) + "(" + g.dim() + ")";
      case GpuRandomOp r -> random(r);
      default -> throw unsupported(op);
    };
    if (op instanceof CastOp c && expression.equals(operand(c, 0))) {
      names.bind(c.result(), expression); // F16 and BF16 values already are floats
      return;
    }
    String name = op instanceof GpuIdOp g
        ? names.declareNamed(g.result(), idName(g)) : names.declare(op.result(), "v");
    out.line(ClTypes.scalar(result.kind()) + " " + name + " = " + expression + ";");
  }

  /** Element {@code index} of the random stream {@code seed}, as {@code RandomStream} gives it. */
  private String random(GpuRandomOp r) {
    String seed = operand(r, 0);
    String index = "(long) " + operand(r, 1);
    if (r.normal()) {
      return prelude.call(PreludeFunction.RANDOM_NORMAL, seed, index);
    }
    return r.precision() > 24 ? prelude.call(PreludeFunction.RANDOM_UNIFORM_F64, seed, index)
        : prelude.call(PreludeFunction.RANDOM_UNIFORM_F32, seed, index, Integer.toString(r.precision()));
  }

  private String operand(Operation op, int i) {
    return names.of(op.operand(i));
  }

  private static String idName(GpuIdOp id) {
    return switch (id.kind()) {
      case LOCAL_ID -> "lid";
      case GROUP_ID -> "group";
      case LOCAL_SIZE -> "group_size";
      case NUM_GROUPS -> "groups";
    };
  }

  private void forLoop(ForOp f) {
    List<String> accumulators = new ArrayList<>();
    for (int i = 0; i < f.carried().size(); i++) {
      Value carried = f.carried().get(i);
      String acc = names.declare(carried, "acc");
      out.line(ClTypes.scalar(ClTypes.kindOf(carried)) + " " + acc + " = "
          + names.of(f.inits().get(i)) + ";");
      accumulators.add(acc);
    }
    String iv = names.declare(f.inductionVar(), "i");
    out.open("for (int " + iv + " = " + names.of(f.lower()) + "; " + iv + " < "
        + names.of(f.upper()) + "; " + iv + "++)");
    block(f.body());
    List<Value> next = f.yielded();
    if (next.size() == 1 || next.stream().noneMatch(f.carried()::contains)) {
      // Each next value is a variable of its own (or a literal): assigning in order is safe.
      for (int i = 0; i < next.size(); i++) {
        out.line(accumulators.get(i) + " = " + names.of(next.get(i)) + ";");
      }
    } else if (next.size() > 1) {
      // Some accumulators move to others: every next value is read before any changes.
      List<String> temps = new ArrayList<>();
      for (Value v : next) {
        String t = names.fresh("next", "next");
        out.line(ClTypes.scalar(ClTypes.kindOf(v)) + " " + t + " = " + names.of(v) + ";");
        temps.add(t);
      }
      for (int i = 0; i < temps.size(); i++) {
        out.line(accumulators.get(i) + " = " + temps.get(i) + ";");
      }
    }
    out.close();
    for (int i = 0; i < accumulators.size(); i++) {
      names.bind(f.result(i), accumulators.get(i));
    }
  }

  private static IllegalArgumentException unsupported(Operation op) {
    return new IllegalArgumentException(op.name() + " has no OpenCL form (" + op.location() + ")");
  }
}
