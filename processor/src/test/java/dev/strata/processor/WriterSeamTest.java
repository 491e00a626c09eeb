package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.strata.ir.core.Operation;
import dev.strata.ir.diagnostic.Diagnostic;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.base.DiagnosticReporter;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the writer, the stage after the front end, can rely on. */
class WriterSeamTest {
  @Test
  void aWriterFailureIsAnErrorNamingTheClassNotACrash() {
    KernelProcessor processor = new KernelProcessor((kernels, env) -> {
      throw new IllegalStateException("writer exploded");
    });
    Compilation compilation = Compiler.javac().withProcessors(processor)
        .compile(Compilations.source("good/Softmax.java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[strata.internal] internal error compiling kernel Softmax");
    assertThat(compilation).hadErrorContaining("writer exploded");
    assertThat(compilation).hadErrorContaining("at dev.strata.processor.WriterSeamTest");
  }

  @Test
  void diagnosticsOfLaterStagesLandOnTheTreeTheirOpCameFrom() {
    KernelProcessor processor = new KernelProcessor((kernels, env) -> {
      Operation matmul = kernels.getFirst().function().body().operations().stream()
          .filter(op -> op.name().equals("tensor.matmul")).findFirst().orElseThrow();
      TypeElement owner = env.getElementUtils().getTypeElement("tests.GeluMlp");
      DiagnosticReporter.current(env).orElseThrow().report(new Diagnostic(Message.DTYPE_UNSUPPORTED,
          Message.DTYPE_UNSUPPORTED.format("matmul on the device", "f32"), matmul.location()), owner);
    });
    JavaFileObject source = Compilations.source("good/GeluMlp.java");
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);
    assertThat(compilation).hadErrorContaining("[strata.dtype-unsupported] matmul on the device")
        .inFile(source).onLineContaining("return x.matmul(w1)");
    assertThat(compilation.errors()).hasSize(1);
  }
}
