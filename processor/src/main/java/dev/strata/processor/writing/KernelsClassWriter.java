package dev.strata.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.strata.backend.cpu.codegen.CpuKernelCode;
import dev.strata.backend.cpu.codegen.CpuKernelEmitter;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.diagnostic.Diagnostic;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.processor.model.KernelModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic.Kind;
import javax.tools.StandardLocation;
import java.util.ServiceLoader;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.spi.KernelTarget;

/**
 * Writes {@code <Class>Kernels} for the kernels of one class: a public final class with one
 * public static method per kernel, plus {@code <Class>KernelsVector}, the kernels' vector loops
 * compiled in process with the incubating Vector API and found through method handles.
 */
public final class KernelsClassWriter implements dev.strata.processor.KernelClassWriter {
  private static final String GENERATOR = "dev.strata.processor.KernelProcessor";
  private static final String DUMP_OPTION = "strata.dump";
  /** The option that turns device targets off: {@code -Astrata.targets=none}. */
  public static final String TARGETS_OPTION = "strata.targets";

  /** Writes the generated classes for {@code kernels}, all of one enclosing class. */
  @Override
  public void write(List<KernelModel> kernels, ProcessingEnvironment env) {
    KernelModel first = kernels.getFirst();
    String pkg = first.packageName();
    String mainName = first.enclosingClass().replace('.', '_') + "Kernels";
    String vectorName = mainName + "Vector";
    String qualifiedVector = pkg.isEmpty() ? vectorName : pkg + "." + vectorName;
    String dump = env.getOptions().get(DUMP_OPTION);
    KernelPipeline pipeline = new KernelPipeline(dump == null ? null : Path.of(dump));
    List<KernelTarget> targets = targets(env);

    TypeSpec.Builder main = TypeSpec.classBuilder(mainName)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR).build())
        .addJavadoc("Compiled versions of the {@code @Kernel} methods of {@link $L}.\n\n"
            + "<p>Each method has the same name and parameters as its source and the same result as\n"
            + "running it eagerly, computed by fused, vectorised, multithreaded code. Arguments are\n"
            + "checked before any work; inputs are never modified. Safe to call from many threads.\n",
            first.enclosingClass())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<MethodSpec> vectorMethods = new ArrayList<>();
    java.util.Set<String> methodPrefixes = new java.util.HashSet<>();
    boolean wrote = false;
    for (KernelModel kernel : kernels) {
      try {
        Diagnostics diags = new Diagnostics();
        ModuleOp module = LargeStack.call(() -> pipeline.lower(kernel.function(),
            first.enclosingClass() + "." + kernel.methodName(), diags,
            targets.isEmpty() ? null : targets.getFirst().support()));
        FuncOp loops = module == null ? null : module.functions().getFirst();
        if (loops == null) {
          for (Diagnostic d : diags.errors()) {
            env.getMessager().printMessage(Kind.ERROR, kernel.methodName() + ": " + d);
          }
          continue;
        }
        String prefix = kernel.methodName();
        for (int n = 2; !methodPrefixes.add(prefix); n++) {
          prefix = kernel.methodName() + n; // overloaded kernels
        }
        String methodPrefix = prefix;
        List<String> reserved = new ArrayList<>();
        kernel.parameters().forEach(p -> reserved.add(p.name()));
        CpuKernelCode code;
        if (CpuKernelEmitter.hasDeviceGroups(loops)) {
          String run = "run";
          for (int n = 2; reserved.contains(run); n++) {
            run = "run" + n;
          }
          reserved.add(run);
          String plan = prefix.toUpperCase(java.util.Locale.ROOT) + "_PLAN";
          String runName = run;
          code = LargeStack.call(() -> CpuKernelEmitter.emitWithDevices(loops,
              KernelMethodWriter.argumentNames(kernel, loops, true), methodPrefix, reserved, qualifiedVector, runName));
          main.addField(KernelPlanWriter.field(plan, first.enclosingClass() + "." + kernel.methodName(), loops, module,
              KernelPlanWriter.programs(module, targets)));
          main.addMethod(KernelMethodWriter.write(kernel, loops, code, javadoc(kernel), run, plan));
        } else {
          code = LargeStack.call(() -> CpuKernelEmitter.emit(loops,
              KernelMethodWriter.argumentNames(kernel, loops, false), methodPrefix, reserved, qualifiedVector));
          main.addMethod(KernelMethodWriter.write(kernel, loops, code, javadoc(kernel)));
        }
        code.scalarMethods().forEach(main::addMethod);
        code.handles().forEach(main::addField);
        vectorMethods.addAll(code.vectorMethods());
        wrote = true;
      } catch (RuntimeException | StackOverflowError e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        env.getMessager().printMessage(Kind.ERROR, "[strata.internal] internal error compiling kernel "
            + first.enclosingClass() + "." + kernel.methodName() + ": " + trace);
      }
    }
    if (!wrote) {
      return;
    }
    main.addMethod(Helpers.gelu());
    Filer filer = env.getFiler();
    try {
      JavaFile.builder(pkg, main.build()).skipJavaLangImports(true).indent("  ").build().writeTo(filer);
      if (!vectorMethods.isEmpty()) {
        writeVectorClass(filer, pkg, vectorName, qualifiedVector, vectorMethods);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The device targets on the processor path ({@code -Astrata.targets=none} turns them off), so
   * that a new target is a jar there, not an edit here.
   */
  private static List<KernelTarget> targets(ProcessingEnvironment env) {
    if ("none".equals(env.getOptions().get(TARGETS_OPTION))) {
      return List.of();
    }
    List<KernelTarget> out = new ArrayList<>();
    ServiceLoader.load(KernelTarget.class, KernelsClassWriter.class.getClassLoader()).forEach(out::add);
    return out;
  }

  private static void writeVectorClass(Filer filer, String pkg, String name, String qualified,
      List<MethodSpec> methods) throws IOException {
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR).build())
        .addJavadoc("Vector API loops of the kernels; compiled by Strata with {@code jdk.incubator.vector}.\n")
        .addField(species("Float", "FS"))
        .addField(species("Integer", "IS"))
        .addField(species("Double", "DS"))
        .addField(species("Byte", "BS"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(methods)
        .addMethod(Helpers.gelu());
    String source = JavaFile.builder(pkg, t.build()).skipJavaLangImports(true).indent("  ").build().toString();
    source = addVectorImport(source);
    Map<String, byte[]> classes = VectorClassCompiler.compile(qualified, source);
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      try (OutputStream out = filer.createClassFile(c.getKey()).openOutputStream()) {
        out.write(c.getValue());
      }
    }
    try (Writer w = filer.createResource(StandardLocation.SOURCE_OUTPUT, pkg, name + ".java.txt").openWriter()) {
      w.write(source);
    }
  }

  private static FieldSpec species(String element, String name) {
    return FieldSpec.builder(com.palantir.javapoet.ParameterizedTypeName.get(
            ClassName.get("jdk.incubator.vector", "VectorSpecies"), ClassName.get("java.lang", element)), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.SPECIES_PREFERRED", ClassName.get("jdk.incubator.vector",
            element.equals("Integer") ? "IntVector" : element + "Vector"))
        .build();
  }

  private static String addVectorImport(String source) {
    int at = source.indexOf("\nimport ");
    if (at < 0) {
      at = source.indexOf(';') + 1;
    }
    return source.substring(0, at) + "\nimport jdk.incubator.vector.*;" + source.substring(at);
  }

  private static String javadoc(KernelModel k) {
    StringBuilder sb = new StringBuilder();
    String source = k.javadoc() == null ? "" : k.javadoc().strip();
    // The source's description, then the contract, then the source's block tags (@param, @return):
    // text after a block tag belongs to that tag.
    java.util.regex.Matcher firstTag = java.util.regex.Pattern.compile("(?m)^\\s*@").matcher(source);
    int tags = firstTag.find() ? firstTag.start() : source.length();
    String description = source.substring(0, tags).strip();
    String blockTags = source.substring(tags).strip();
    if (!description.isEmpty()) {
      sb.append(description).append("\n\n");
    }
    sb.append("<p>Compiled by Strata. Shape contract:\n<ul>\n");
    for (KernelModel.Parameter p : k.parameters()) {
      sb.append("  <li>{@code ").append(p.name()).append(": ")
          .append(p.isTensor() ? KernelMethodWriter.contract(p) : p.javaType()).append("}\n");
    }
    sb.append("</ul>\n\n");
    if (!blockTags.isEmpty()) {
      sb.append(blockTags).append("\n");
    }
    String params = k.parameters().stream().map(p -> p.isTensor() ? "Tensor" : p.javaType())
        .collect(Collectors.joining(", "));
    sb.append("@see ").append(k.enclosingClass()).append('#').append(k.methodName()).append('(').append(params)
        .append(")\n");
    sb.append("@throws NullPointerException if a tensor argument is null\n");
    sb.append("@throws IllegalArgumentException if an argument's dtype or shape breaks the contract\n");
    return sb.toString();
  }
}
