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

  private final String kernel;
  private final String vectorClass;
  private final List<MethodSpec> scalarMethods = new ArrayList<>();
  private final List<MethodSpec> vectorMethods = new ArrayList<>();
  private final List<FieldSpec> handles = new ArrayList<>();
  private int loops;

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
        case AllocOp a -> {
          Type.Buffer t = a.bufferType();
          String n = names.fresh(a.result(), "out");
          host.addStatement("final $L $L = $L", JavaTypes.array(t.dtype()), n,
              JavaTypes.newArray(t.dtype(), CodeBlock.of("$T.size($L)", KERNEL_ARGS, DimCode.shapeArray(t.shape())).toString()));
        }
        case ParallelOp p -> parallel(p, names, host);
        case LoopMatmulOp m -> host.addStatement("$T.run($T.$L, $L, $L, $L, $L, $L, $L, $L)", MATMUL, DTYPE,
            buffer(m.operand(0)).dtype(), names.of(m.operand(0)), DimCode.shapeArray(buffer(m.operand(0)).shape()),
            m.transposeA(), names.of(m.operand(1)), DimCode.shapeArray(buffer(m.operand(1)).shape()), m.transposeB(),
            names.of(m.operand(2)));
        case LoopRandomOp r -> host.addStatement("$T.fill($L, $T.$L, $L, $L)", RANDOM_FILL, names.of(r.operand(0)),
            DTYPE, buffer(r.operand(0)).dtype(), names.of(r.operand(1)), r.normal());
        case ReturnOp r -> {
          result = r.operand(0);
          resultName = names.of(result);
        }
        default -> writer.op(op);
      }
    }
    return new CpuKernelCode(host.build(), scalarMethods, vectorMethods, handles, result, resultName);
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
