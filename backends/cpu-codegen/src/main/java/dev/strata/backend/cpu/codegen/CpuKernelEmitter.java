package dev.strata.backend.cpu.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ReturnOp;
import dev.strata.ir.dialect.gpu.LaunchOp;
import dev.strata.ir.dialect.loop.AllocOp;
import dev.strata.ir.dialect.loop.LoopMatmulOp;
import dev.strata.ir.dialect.loop.LoopRandomOp;
import dev.strata.ir.dialect.loop.ParallelOp;
import dev.strata.ir.dialect.loop.SymOp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Turns a loop-level function into Java: the host statements, and one method per parallel loop
 * (in plain Java for the main class and, where the vector stage vectorised an inner loop, on the
 * Vector API for the vector class). The parallel loops run on {@code Parallel.forRange} with a
 * grain that keeps small tensors on one thread.
 */
public final class CpuKernelEmitter {
  private static final ClassName PARALLEL = ClassName.get("dev.strata.backend.cpu", "Parallel");
  private static final ClassName VECTOR_KERNELS = ClassName.get("dev.strata.backend.cpu", "VectorKernels");
  private static final ClassName MATMUL = ClassName.get("dev.strata.backend.cpu", "Matmul");
  private static final ClassName RANDOM_FILL = ClassName.get("dev.strata.backend.cpu", "RandomFill");
  private static final ClassName KERNEL_ARGS = ClassName.get("dev.strata.runtime", "KernelArgs");
  private static final ClassName DTYPE = ClassName.get("dev.strata", "DType");
  private static final ClassName KERNEL_BUFFER = ClassName.get("dev.strata.runtime.device", "KernelBuffer");
  private static final String CPU_ONLY_ATTR = "cpu_only";

  private final String kernel;
  private final String vectorClass;
  private final List<MethodSpec> scalarMethods = new ArrayList<>();
  private final List<MethodSpec> vectorMethods = new ArrayList<>();
  private final List<FieldSpec> handles = new ArrayList<>();
  private int loops;
  /** The KernelRun variable in device mode; null for CPU-only kernels. */
  private String run;

  private CpuKernelEmitter(String kernel, String vectorClass) {
    this.kernel = kernel;
    this.vectorClass = vectorClass;
  }

  /**
   * Emits {@code f}, whose block arguments are bound to the Java names in {@code argNames}
   * (arrays for buffers, primitives for scalars). {@code methodPrefix} names the loop methods
   * (unique in the class), {@code reserved} are names the host code must not declare (the
   * kernel's parameters), and {@code vectorClass} is the fully qualified name of the class that
   * will hold the vector methods.
   */
  public static CpuKernelCode emit(FuncOp f, Map<BlockArgument, String> argNames, String methodPrefix,
      java.util.Collection<String> reserved, String vectorClass) {
    CpuKernelEmitter e = new CpuKernelEmitter(methodPrefix, vectorClass);
    return e.emitFunction(f, argNames, reserved);
  }

  /**
   * Emits {@code f} for a kernel with device groups: buffers are {@code KernelBuffer}s of the
   * {@code KernelRun} named {@code run} ({@code argNames} binds the buffer arguments to them), each
   * {@code gpu.launch} asks the run to launch its kernel and runs its CPU fallback when it does
   * not, and CPU code reads and writes host views of the buffers it touches.
   */
  public static CpuKernelCode emitWithDevices(FuncOp f, Map<BlockArgument, String> argNames, String methodPrefix,
      java.util.Collection<String> reserved, String vectorClass, String run) {
    CpuKernelEmitter e = new CpuKernelEmitter(methodPrefix, vectorClass);
    e.run = run;
    return e.emitFunction(f, argNames, reserved);
  }

  /**
   * Whether {@code f} was placed for devices (it has device groups, or groups marked CPU-only), so
   * it needs {@link #emitWithDevices}.
   */
  public static boolean hasDeviceGroups(FuncOp f) {
    return f.body().operations().stream().anyMatch(op -> op instanceof LaunchOp || op.attr(CPU_ONLY_ATTR) != null);
  }

  private CpuKernelCode emitFunction(FuncOp f, Map<BlockArgument, String> argNames,
      java.util.Collection<String> reserved) {
    CodeBlock.Builder host = CodeBlock.builder();
    Names names = new Names();
    reserved.forEach(names::reserve);
    argNames.forEach(names::bind);
    LoopCodeWriter writer = new LoopCodeWriter(host, names, false);
    Value result = null;
    String resultName = null;
    for (Operation op : f.body().operations()) {
      switch (op) {
        case SymOp s -> names.bind(s.result(), DimCode.symbol(s.symbol()));
        case AllocOp a when run != null -> {
          Type.Buffer t = a.bufferType();
          host.addStatement("final $T $L = $L.output($T.$L, $T.size($L))", KERNEL_BUFFER, names.fresh(a.result(), "out"),
              run, DTYPE, t.dtype(), KERNEL_ARGS, DimCode.shapeArray(t.shape()));
        }
        case AllocOp a -> {
          Type.Buffer t = a.bufferType();
          String n = names.fresh(a.result(), "out");
          host.addStatement("final $L $L = $L", JavaTypes.array(t.dtype()), n,
              JavaTypes.newArray(t.dtype(), CodeBlock.of("$T.size($L)", KERNEL_ARGS, DimCode.shapeArray(t.shape())).toString()));
        }
        case LaunchOp l -> launch(l, names, host, writer);
        case ReturnOp r -> {
          result = r.operand(0);
          resultName = names.of(result);
        }
        default -> {
          if (run != null && touchesBuffers(op)) {
            onHost(op, names, host, writer);
          } else {
            cpuOp(op, names, host, writer);
          }
        }
      }
    }
    return new CpuKernelCode(host.build(), scalarMethods, vectorMethods, handles, result, resultName);
  }

  /** One top-level op in plain CPU form. */
  private void cpuOp(Operation op, Names names, CodeBlock.Builder host, LoopCodeWriter writer) {
    switch (op) {
        case ParallelOp p -> parallel(p, names, host);
        case LoopMatmulOp m -> host.addStatement("$T.run($T.$L, $L, $L, $L, $L, $L, $L, $L)", MATMUL, DTYPE,
            buffer(m.operand(0)).dtype(), names.of(m.operand(0)), DimCode.shapeArray(buffer(m.operand(0)).shape()),
            m.transposeA(), names.of(m.operand(1)), DimCode.shapeArray(buffer(m.operand(1)).shape()), m.transposeB(),
            names.of(m.operand(2)));
        case LoopRandomOp r -> host.addStatement("$T.fill($L, $T.$L, $L, $L)", RANDOM_FILL, names.of(r.operand(0)),
            DTYPE, buffer(r.operand(0)).dtype(), names.of(r.operand(1)), r.normal());
        default -> writer.op(op);
    }
  }

  /**
   * A device group: the launch, and the group's CPU loops over host views when the run does not
   * launch it.
   */
  private void launch(LaunchOp l, Names names, CodeBlock.Builder host, LoopCodeWriter writer) {
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$L", l.group()));
    args.add(CodeBlock.of("$L", names.of(l.groups())));
    args.add(launchWork(l, names));
    l.arguments().forEach(v -> args.add(CodeBlock.of("$L", names.of(v))));
    host.beginControlFlow("if (!$L.launch($L))", run, CodeBlock.join(args, ", "));
    for (Operation op : l.fallback().operations()) {
      if (!(op instanceof dev.strata.ir.dialect.loop.YieldOp)) {
        onHost(op, names, host, writer);
      }
    }
    host.endControlFlow();
  }

  /**
   * The elements a launch touches, which placement weighs against launching: the largest buffer
   * a parallel loop reads or writes, one multiply-add per output element and step of {@code k}
   * for a matmul, and the elements of a random fill.
   */
  private static CodeBlock launchWork(LaunchOp l, Names names) {
    return switch (l.fallback().operations().getFirst()) {
      case ParallelOp loop -> {
        Set<Value> touched = new LinkedHashSet<>();
        freeValues(loop).stream().filter(v -> v.type() instanceof Type.Buffer).forEach(touched::add);
        touched.addAll(writtenBuffers(loop));
        yield CodeBlock.of("$T.largest($L)", KERNEL_ARGS, CodeBlock.join(touched.stream()
            .map(v -> CodeBlock.of("$L", DimCode.shapeArray(buffer(v).shape()))).toList(), ", "));
      }
      case LoopMatmulOp m -> CodeBlock.of("(long) $T.size($L) * $L", KERNEL_ARGS,
          DimCode.shapeArray(buffer(m.operand(2)).shape()), DimCode.of(m.contracted()));
      case LoopRandomOp r -> CodeBlock.of("(long) $T.size($L)", KERNEL_ARGS,
          DimCode.shapeArray(buffer(r.operand(0)).shape()));
      default -> throw new IllegalStateException("a launch whose fallback is " + l.fallback().operations().getFirst().name());
    };
  }

  /**
   * A top-level op the CPU runs in device mode: binds host views of the buffers it touches (read,
   * or written, which makes the device copy stale), emits it, and restores the buffer names.
   */
  private void onHost(Operation op, Names names, CodeBlock.Builder host, LoopCodeWriter writer) {
    if (op.attr(CPU_ONLY_ATTR) != null && op.attr("group") instanceof dev.strata.ir.core.Attribute.IntAttr g) {
      host.addStatement("$L.cpu($L)", run, g.value());
    }
    Map<Value, String> saved = new java.util.LinkedHashMap<>();
    Set<Value> touched = new LinkedHashSet<>();
    op.operands().stream().filter(v -> v.type() instanceof Type.Buffer).forEach(touched::add);
    freeValues(op).stream().filter(v -> v.type() instanceof Type.Buffer).forEach(touched::add);
    Set<Value> written = writtenBuffers(op);
    for (Value v : touched) {
      String handle = names.of(v);
      saved.put(v, handle);
      String view = names.fresh(handle + "Host");
      host.addStatement("final $L $L = ($L) $L.host($L)", JavaTypes.array(buffer(v).dtype()), view,
          JavaTypes.array(buffer(v).dtype()), handle, written.contains(v));
      names.bind(v, view);
    }
    cpuOp(op, names, host, writer);
    saved.forEach(names::bind);
  }

  private static boolean touchesBuffers(Operation op) {
    return op.operands().stream().anyMatch(v -> v.type() instanceof Type.Buffer)
        || freeValues(op).stream().anyMatch(v -> v.type() instanceof Type.Buffer);
  }

  /** The buffers {@code op} writes: stored to inside it, or a library op's output. */
  private static Set<Value> writtenBuffers(Operation op) {
    Set<Value> out = new java.util.HashSet<>();
    switch (op) {
      case LoopMatmulOp m -> out.add(m.operand(2));
      case LoopRandomOp r -> out.add(r.operand(0));
      default -> op.walk(inner -> {
        if (inner instanceof dev.strata.ir.dialect.loop.StoreOp s) {
          out.add(s.buffer());
        }
      });
    }
    return out;
  }

  private static Type.Buffer buffer(Value v) {
    return (Type.Buffer) v.type();
  }

  private void parallel(ParallelOp p, Names hostNames, CodeBlock.Builder host) {
    String method = kernel + "_loop" + loops++;
    List<Value> free = freeValues(p);
    List<String> paramNames = new ArrayList<>();
    Names inner = new Names();
    inner.reserve("start");
    inner.reserve("end");
    for (Value v : free) {
      String hint = v.definingOp() instanceof SymOp s ? DimCode.symbol(s.symbol())
          : v.nameHint() != null && v.nameHint().matches("[A-Za-z_][A-Za-z0-9_]*") ? v.nameHint() : "a";
      String n = hint;
      for (int i = 1; paramNames.contains(n) || n.equals("start") || n.equals("end"); i++) {
        n = hint + i;
      }
      paramNames.add(n);
      inner.bind(v, n);
    }
    MethodSpec scalar = loopMethod(method, p, free, paramNames, inner, false);
    scalarMethods.add(scalar);
    Names vectorNames = new Names();
    vectorNames.reserve("start");
    vectorNames.reserve("end");
    for (int i = 0; i < free.size(); i++) {
      vectorNames.bind(free.get(i), paramNames.get(i));
    }
    boolean vectorizes = hasVectorLoop(p);
    String args = String.join(", ", free.stream().map(hostNames::of).toList());
    String from = hostNames.fresh("from");
    String to = hostNames.fresh("to");
    String grain = "Math.max(1, " + p.grain() + " / Math.max(1, " + hostNames.of(p.work()) + "))";
    String n = hostNames.of(p.operand(1));
    if (vectorizes) {
      vectorMethods.add(loopMethod(method, p, free, paramNames, vectorNames, true));
      String handle = method.toUpperCase(Locale.ROOT);
      FieldSpec field = FieldSpec.builder(ClassName.get("java.lang.invoke", "MethodHandle"), handle,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.find($T.lookup(), $S, $S, $L)", VECTOR_KERNELS,
              ClassName.get("java.lang.invoke", "MethodHandles"), vectorClass, method, methodType(free))
          .build();
      handles.add(field);
      host.beginControlFlow("if ($L != null)", handle);
      String thrown = hostNames.fresh("thrown");
      host.addStatement("$T.forRange($L, $L, ($L, $L) -> {\n"
          + "  try {\n    $L.invokeExact($L$L$L, $L);\n  } catch (Throwable $L) {\n"
          + "    throw $T.propagate($L);\n  }\n})", PARALLEL, n, grain, from, to, handle, args,
          free.isEmpty() ? "" : ", ", from, to, thrown, VECTOR_KERNELS, thrown);
      host.nextControlFlow("else");
      host.addStatement("$T.forRange($L, $L, ($L, $L) -> $L($L$L$L, $L))", PARALLEL, n, grain, from, to, method,
          args, free.isEmpty() ? "" : ", ", from, to);
      host.endControlFlow();
    } else {
      host.addStatement("$T.forRange($L, $L, ($L, $L) -> $L($L$L$L, $L))", PARALLEL, n, grain, from, to, method,
          args, free.isEmpty() ? "" : ", ", from, to);
    }
  }

  /** Whether the vector stage vectorises any innermost loop of {@code p}. */
  private static boolean hasVectorLoop(ParallelOp p) {
    boolean[] found = {false};
    p.walk(op -> {
      if (op instanceof dev.strata.ir.dialect.loop.ForOp f
          && f.body().operations().stream().allMatch(o -> o.regions().isEmpty())
          && VectorPlan.of(f) != null) {
        found[0] = true;
      }
    });
    return found[0];
  }

  private String methodType(List<Value> free) {
    StringBuilder sb = new StringBuilder("java.lang.invoke.MethodType.methodType(void.class");
    for (Value v : free) {
      sb.append(", ").append(JavaTypes.of(v.type())).append(".class");
    }
    sb.append(", int.class, int.class)");
    return sb.toString();
  }

  private MethodSpec loopMethod(String name, ParallelOp p, List<Value> free, List<String> paramNames, Names names,
      boolean vector) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
        .returns(TypeName.VOID);
    if (!vector) {
      m.addModifiers(Modifier.PRIVATE);
    }
    for (int i = 0; i < free.size(); i++) {
      m.addParameter(typeName(free.get(i).type()), paramNames.get(i), Modifier.FINAL);
    }
    m.addParameter(int.class, "start", Modifier.FINAL).addParameter(int.class, "end", Modifier.FINAL);
    CodeBlock.Builder body = CodeBlock.builder();
    String iv = names.fresh("row");
    names.bind(p.inductionVar(), iv);
    body.beginControlFlow("for (int $L = start; $L < end; $L++)", iv, iv, iv);
    new LoopCodeWriter(body, names, vector).block(p.body());
    body.endControlFlow();
    return m.addCode(body.build()).build();
  }

  private static TypeName typeName(Type t) {
    return switch (JavaTypes.of(t)) {
      case "float[]" -> com.palantir.javapoet.ArrayTypeName.of(float.class);
      case "double[]" -> com.palantir.javapoet.ArrayTypeName.of(double.class);
      case "short[]" -> com.palantir.javapoet.ArrayTypeName.of(short.class);
      case "int[]" -> com.palantir.javapoet.ArrayTypeName.of(int.class);
      case "byte[]" -> com.palantir.javapoet.ArrayTypeName.of(byte.class);
      case "boolean" -> TypeName.BOOLEAN;
      case "byte" -> TypeName.BYTE;
      case "int" -> TypeName.INT;
      case "long" -> TypeName.LONG;
      case "float" -> TypeName.FLOAT;
      case "double" -> TypeName.DOUBLE;
      default -> throw new IllegalArgumentException(t.toString());
    };
  }

  /** Values used inside {@code op}'s regions but defined outside, in order of first use. */
  private static List<Value> freeValues(Operation op) {
    Set<Value> out = new LinkedHashSet<>();
    op.walk(inner -> {
      for (Value v : inner.operands()) {
        Operation def = v.definingOp();
        Block where = def != null ? def.parentBlock() : v.parentBlock();
        Operation owner = where == null ? null : where.parentOp();
        if (inner == op || owner == null || !(owner == op || owner.isInside(op))) {
          if (inner != op) {
            out.add(v);
          }
        }
      }
    });
    return new ArrayList<>(out);
  }
}
