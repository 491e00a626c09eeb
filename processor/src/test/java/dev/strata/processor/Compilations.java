package dev.strata.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.model.KernelModel;
import dev.strata.processor.writing.PlaceholderWriter;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with a fresh {@link KernelProcessor} and keeps what it modelled. The
 * processor writes nothing, so that these tests see the front end's diagnostics only.
 */
final class Compilations {
  private Compilations() {}

  /** The outcome of one compilation: javac's result and the processor's models. */
  record Result(Compilation compilation, List<KernelModel> models) {
    /** The model of kernel {@code method}. */
    KernelModel model(String method) {
      return models.stream().filter(m -> m.methodName().equals(method)).findFirst()
          .orElseThrow(() -> new AssertionError("no model for " + method + " in " + models));
    }
  }

  /** The test source at resource path {@code resource}, such as {@code bad/WhileLoop.java}. */
  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /** Compiles {@code sources} with the processor and {@code options}. */
  static Result compile(List<String> options, JavaFileObject... sources) {
    KernelProcessor processor = new KernelProcessor(new PlaceholderWriter());
    Compilation compilation = Compiler.javac().withProcessors(processor).withOptions(options)
        .compile(Arrays.asList(sources));
    return new Result(compilation, processor.models());
  }

  /** Compiles {@code sources} with the processor. */
  static Result compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }
}
