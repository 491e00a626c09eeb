package dev.strata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.gpu.GpuFuncOp;
import dev.strata.ir.dialect.gpu.LaunchOp;
import dev.strata.ir.dialect.loop.LoopMatmulOp;
import dev.strata.ir.dialect.loop.LoopRandomOp;
import dev.strata.ir.dialect.loop.StoreOp;
import dev.strata.ir.spi.KernelTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code KernelPlan} constant of a kernel with device groups: for each group, what it
 * computes, and either its device kernel (the program of every target that emitted one, which
 * parameters it writes, work-group size, required features) or why it stays on the CPU.
 */
final class KernelPlanWriter {
  private static final ClassName KERNEL_PLAN = ClassName.get("dev.strata.runtime.device", "KernelPlan");
  private static final ClassName GROUP_PLAN = ClassName.get("dev.strata.runtime.device", "GroupPlan");

  private KernelPlanWriter() {}

  /** The constant {@code field} holding the plan of {@code loops}, whose kernels are in {@code module}. */
  static FieldSpec field(String field, String kernelName, FuncOp loops, ModuleOp module,
      Map<String, Map<String, String>> programsByTarget) {
    Map<String, GpuFuncOp> kernels = new LinkedHashMap<>();
    for (Operation op : module.body(0).operations()) {
      if (op instanceof GpuFuncOp k) {
        kernels.put(k.symbolName(), k);
      }
    }
    CodeBlock.Builder init = CodeBlock.builder().add("$T.of($S", KERNEL_PLAN, kernelName);
    for (Operation op : loops.body().operations()) {
      if (op instanceof LaunchOp l) {
        GpuFuncOp k = kernels.get(l.kernel());
        CodeBlock.Builder sources = CodeBlock.builder();
        for (var target : programsByTarget.entrySet()) {
          String source = target.getValue().get(l.kernel());
          if (source != null) {
            sources.add(sources.isEmpty() ? "" : ", ").add("$S, $L", target.getKey(), literal(source));
          }
        }
        init.add(",\n$T.kernel($L, $S, $S, $T.of($L), $T.of($L), $LL, $T.of($L)$L)", GROUP_PLAN, l.group(),
            describe(l.fallback().operations().getFirst()), l.kernel(), Map.class, sources.build(), List.class,
            written(k), k.workgroupSize(), List.class,
            k.requires().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")),
            k.traps() ? ", true" : "");
      } else if (op.attr("cpu_only") instanceof Attribute.StringAttr why
          && op.attr("group") instanceof Attribute.IntAttr g) {
        init.add(",\n$T.cpuOnly($L, $S, $S)", GROUP_PLAN, g.value(), describe(op), why.value());
      }
    }
    init.add(")");
    return FieldSpec.builder(KERNEL_PLAN, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build()).build();
  }

  /**
   * A string expression for {@code text}: a literal, or for a text past the class file's limit of
   * 65,535 bytes for a constant, {@code String.join} of literals below it (javac would fold a
   * {@code +} of literals back into one constant).
   */
  static CodeBlock literal(String text) {
    if (text.length() <= CHUNK) {
      return CodeBlock.of("$S", text);
    }
    List<CodeBlock> chunks = new java.util.ArrayList<>();
    for (int at = 0; at < text.length(); at += CHUNK) {
      chunks.add(CodeBlock.of("$S", text.substring(at, Math.min(text.length(), at + CHUNK))));
    }
    return CodeBlock.of("String.join(\"\", $L)", CodeBlock.join(chunks, ", "));
  }

  /** Characters a literal holds: at most three bytes each in the class file's modified UTF-8. */
  private static final int CHUNK = 20_000;

  /** The programs each target emits for {@code module}, by target name and kernel name. */
  static Map<String, Map<String, String>> programs(ModuleOp module, List<KernelTarget> targets) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (KernelTarget t : targets) {
      Map<String, String> byKernel = new LinkedHashMap<>();
      for (KernelTarget.TargetProgram p : t.emit(module)) {
        byKernel.put(p.kernel(), p.source());
      }
      out.put(t.name(), byKernel);
    }
    return out;
  }

  private static String written(GpuFuncOp k) {
    Set<Value> stored = new java.util.HashSet<>();
    k.walk(op -> {
      if (op instanceof StoreOp s) {
        stored.add(s.buffer());
      }
    });
    return k.body().arguments().stream().map(a -> Boolean.toString(stored.contains(a)))
        .collect(Collectors.joining(", "));
  }

  /** A few words on what a group computes, e.g. {@code loop: max, sub, exp, add, div (f32)}. */
  static String describe(Operation op) {
    return switch (op) {
      case LoopMatmulOp m -> "matmul (" + ((Type.Buffer) m.operand(0).type()).dtype().irName() + ")";
      case LoopRandomOp r -> "random fill (" + ((Type.Buffer) r.operand(0).type()).dtype().irName() + ")";
      default -> {
        Set<String> ops = new LinkedHashSet<>();
        Set<String> dtypes = new LinkedHashSet<>();
        op.walk(inner -> {
          boolean math = inner.dialect().equals("math") || inner.dialect().equals("arith")
              && !inner.name().equals("arith.constant") && inner.results().size() == 1
              && !inner.result().type().equals(Type.index());
          if (math) {
            ops.add(inner.name().substring(inner.name().indexOf('.') + 1));
          }
          for (Value v : inner.operands()) {
            if (v.type() instanceof Type.Buffer b) {
              dtypes.add(b.dtype().irName());
            }
          }
        });
        List<String> shown = new ArrayList<>(ops);
        yield "loop: " + (shown.isEmpty() ? "copy" : String.join(", ", shown)) + " (" + String.join(", ", dtypes) + ")";
      }
    };
  }
}
