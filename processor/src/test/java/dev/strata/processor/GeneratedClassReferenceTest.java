package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.strata.processor.model.KernelModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The front end attributes kernel classes while processing; a class that also calls the class
 * generated from it in the same compilation must still compile cleanly.
 */
class GeneratedClassReferenceTest {
  /** Writes a {@code <Class>Kernels} whose methods delegate to the originals. */
  private static final class StubWriter implements KernelClassWriter {
    @Override
    public void write(List<KernelModel> kernels, ProcessingEnvironment env) {
      KernelModel first = kernels.getFirst();
      String name = first.enclosingClass() + "Kernels";
      StringBuilder src = new StringBuilder("package " + first.packageName() + ";\n"
          + "public final class " + name + " {\n");
      for (KernelModel k : kernels) {
        src.append("  public static dev.strata.Tensor ").append(k.methodName())
            .append("(dev.strata.Tensor x) { return ").append(first.enclosingClass()).append('.')
            .append(k.methodName()).append("(x); }\n");
      }
      src.append("}\n");
      try (Writer w = env.getFiler().createSourceFile(first.packageName() + "." + name).openWriter()) {
        w.write(src.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void kernelClassMayCallItsGeneratedClass() {
    KernelProcessor processor = new KernelProcessor(new StubWriter());
    Compilation compilation = Compiler.javac().withProcessors(processor)
        .compile(Compilations.source("good/UsesGenerated.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("tests.UsesGeneratedKernels");
    assertThat(processor.models()).hasSize(1);
  }
}
