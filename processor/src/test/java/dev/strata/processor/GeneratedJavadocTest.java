package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The generated method's Javadoc: the source's description, the shape contract, then its tags. */
class GeneratedJavadocTest {
  @Test
  void theShapeContractComesBeforeTheSourcesBlockTags() throws IOException {
    Compilation compilation = Compiler.javac().withProcessors(new KernelProcessor())
        .compile(Compilations.source("good/Documented.java"));
    assertThat(compilation).succeeded();
    String source = compilation.generatedSourceFile("tests.DocumentedKernels").orElseThrow()
        .getCharContent(true).toString();
    int description = source.indexOf("Twice {@code x}, plus {@code bias}.");
    int contract = source.indexOf("Compiled by Strata. Shape contract:");
    int param = source.indexOf("@param x the input");
    int returns = source.indexOf("@return twice x plus bias");
    assertThat(description).isAtLeast(0);
    assertThat(contract).isGreaterThan(description);
    assertThat(param).isGreaterThan(contract);
    assertThat(returns).isGreaterThan(param);
    assertThat(source.substring(returns, source.indexOf('\n', returns))).doesNotContain("Compiled by Strata");
  }
}
