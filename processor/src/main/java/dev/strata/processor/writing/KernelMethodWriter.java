package dev.strata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.strata.backend.cpu.codegen.CpuKernelCode;
import dev.strata.backend.cpu.codegen.DimCode;
import dev.strata.backend.cpu.codegen.JavaTypes;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Type;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.text.Parser;
import dev.strata.processor.model.KernelModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the public method of one kernel: argument checks (null, dtype, rank, every symbolic dim
 * bound once and checked everywhere), access to the arguments' storage, the compiled body and
 * the wrapping of the result.
 */
final class KernelMethodWriter {
  static final ClassName TENSOR = ClassName.get("dev.strata", "Tensor");
  static final ClassName DTYPE = ClassName.get("dev.strata", "DType");
  static final ClassName TENSOR_DATA = ClassName.get("dev.strata.internal", "TensorData");
  static final ClassName KERNEL_ARGS = ClassName.get("dev.strata.runtime", "KernelArgs");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName KERNEL_RUN = ClassName.get("dev.strata.runtime.device", "KernelRun");
  static final ClassName KERNEL_BUFFER = ClassName.get("dev.strata.runtime.device", "KernelBuffer");

  private KernelMethodWriter() {}

  /** The Java names the loop function's arguments are bound to. */
  static Map<BlockArgument, String> argumentNames(KernelModel kernel, FuncOp loops, boolean devices) {
    Map<BlockArgument, String> names = new HashMap<>();
    List<KernelModel.Parameter> params = kernel.parameters();
    for (int i = 0; i < params.size(); i++) {
      KernelModel.Parameter p = params.get(i);
      names.put(loops.body().argument(i), p.isTensor() ? p.name() + (devices ? "Buffer" : "Data") : p.name());
    }
    return names;
  }

  static MethodSpec write(KernelModel kernel, FuncOp loops, CpuKernelCode code, String javadoc) {
    return write(kernel, loops, code, javadoc, null, null);
  }

  /**
   * The method of a kernel with device groups when {@code run} (the name of its {@code KernelRun}
   * variable) and {@code plan} (the name of its {@code KernelPlan} constant) are given.
   */
  static MethodSpec write(KernelModel kernel, FuncOp loops, CpuKernelCode code, String javadoc, String run,
      String plan) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(kernel.methodName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(TENSOR).addJavadoc("$L", javadoc);
    for (KernelModel.Parameter p : kernel.parameters()) {
      m.addParameter(p.isTensor() ? TENSOR : primitive(p.javaType()), p.name());
    }
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T.check()", ClassName.get("dev.strata.runtime", "Devices"));
    for (KernelModel.Parameter p : kernel.parameters()) {
      if (p.isTensor()) {
        body.addStatement("$T.requireNonNull($N, $S)", OBJECTS, p.name(), p.name());
      }
    }
    Set<String> bound = new HashSet<>();
    Map<String, String> origins = new java.util.LinkedHashMap<>();
    for (KernelModel.Parameter p : kernel.parameters()) {
      if (!p.isTensor()) {
        continue;
      }
      String contract = contract(p);
      body.addStatement("$T.require($N, $S, $T.$L, $L, $S)", KERNEL_ARGS, p.name(), p.name(), DTYPE, p.dtype(),
          p.dims().size(), contract);
      for (int axis = 0; axis < p.dims().size(); axis++) {
        String d = p.dims().get(axis);
        if (d.chars().allMatch(Character::isDigit)) {
          body.addStatement("$T.fixedDim($N, $S, $L, $LL, $S)", KERNEL_ARGS, p.name(), p.name(), axis, d, contract);
        } else if (bound.add(d)) {
          origins.put(d, "dim " + axis + " of " + p.name());
          body.addStatement("final int $L = (int) $N.dim($L)", DimCode.symbol(d), p.name(), axis);
        } else {
          body.addStatement("$T.boundDim($N, $S, $L, $S, $L, $S)", KERNEL_ARGS, p.name(), p.name(), axis, d,
              DimCode.symbol(d), contract);
        }
      }
    }
    if (kernel.function().attr("constraints") instanceof Attribute.ArrayAttr cs) {
      for (Attribute a : cs.values()) {
        String constraint = ((Attribute.StringAttr) a).value();
        boolean broadcast = constraint.contains(" ~ ");
        String[] sides = constraint.split(broadcast ? " ~ " : " == ");
        body.addStatement("$T.$L($S, $L, $S, $L, $S)", KERNEL_ARGS, broadcast ? "broadcastableDims" : "sameDim",
            withOrigins(sides[0], origins),
            DimCode.of(Parser.parseDim(sides[0])), withOrigins(sides[1], origins),
            DimCode.of(Parser.parseDim(sides[1])), kernel.methodName());
      }
    }
    Map<BlockArgument, String> names = argumentNames(kernel, loops, run != null);
    if (run != null) {
      body.beginControlFlow("try ($T $L = $T.begin($L))", KERNEL_RUN, run, KERNEL_RUN, plan);
    }
    for (int i = 0; i < kernel.parameters().size(); i++) {
      KernelModel.Parameter p = kernel.parameters().get(i);
      if (p.isTensor() && run != null) {
        body.addStatement("final $T $L = $L.input($N)", KERNEL_BUFFER, names.get(loops.body().argument(i)), run,
            p.name());
      } else if (p.isTensor()) {
        body.addStatement("final $L $L = $T.$L($N)", JavaTypes.array(p.dtype()), names.get(loops.body().argument(i)),
            TENSOR_DATA, JavaTypes.accessor(p.dtype()), p.name());
      }
    }
    body.add(code.host());
    if (code.result() instanceof BlockArgument arg && arg.owner() == loops.body()) {
      body.addStatement("return $N", kernel.parameters().get(arg.index()).name());
    } else if (run != null) {
      Type.Buffer t = (Type.Buffer) code.result().type();
      body.addStatement("return $L.result($L, $L)", run, code.resultName(), DimCode.shapeArray(t.shape()));
    } else {
      Type.Buffer t = (Type.Buffer) code.result().type();
      body.addStatement("return $T.wrap($T.$L, $L, $L)", TENSOR_DATA, DTYPE, t.dtype(), code.resultName(),
          DimCode.shapeArray(t.shape()));
    }
    if (run != null) {
      body.endControlFlow();
    }
    return m.addCode(body.build()).build();
  }

  /** {@code F32[N, D]}. */
  static String contract(KernelModel.Parameter p) {
    return p.dtype() + "[" + String.join(", ", p.dims()) + "]";
  }

  private static TypeName primitive(String javaType) {
    return switch (javaType) {
      case "float" -> TypeName.FLOAT;
      case "double" -> TypeName.DOUBLE;
      case "int" -> TypeName.INT;
      case "long" -> TypeName.LONG;
      default -> throw new IllegalArgumentException(javaType);
    };
  }

  /** {@code dim} with where its symbols are bound, e.g. {@code N (dim 0 of x)}. */
  private static String withOrigins(String dim, Map<String, String> origins) {
    List<String> where = new ArrayList<>();
    origins.forEach((symbol, origin) -> {
      if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(symbol) + "\\b").matcher(dim).find()) {
        where.add(dim.equals(symbol) ? origin : symbol + ": " + origin);
      }
    });
    return where.isEmpty() ? dim : dim + " (" + String.join(", ", where) + ")";
  }
}
