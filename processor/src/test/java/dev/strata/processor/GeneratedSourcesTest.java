package dev.strata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole processor, writer included: every good kernel compiles into a class that javac
 * accepts, and the generated sources of a few kernels match {@code expected/*.java.txt}. Run with
 * {@code -Dstrata.regenerateGoldens=true} to rewrite the expected files from the current output.
 */
class GeneratedSourcesTest {
  private static final boolean REGENERATE = Boolean.getBoolean("strata.regenerateGoldens");
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "expected");

  private static Compilation compile(String... classes) {
    JavaFileObject[] sources = new JavaFileObject[classes.length];
    for (int i = 0; i < classes.length; i++) {
      sources[i] = Compilations.source("good/" + classes[i] + ".java");
    }
    return Compiler.javac().withProcessors(new KernelProcessor()).compile(List.of(sources));
  }

  @Test
  void everyGoodKernelCompilesThroughTheWholePipeline() {
    Compilation c = compile("Activations", "Branches", "Constants", "GeluMlp", "Inlining", "LayerNorm", "Layouts",
        "Loops", "MathFunctions", "Saxpy", "Scalars", "Softmax");
    assertThat(c).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @CsvSource({
    "Softmax, tests.SoftmaxKernels, SoftmaxKernels.java",
    "Softmax, tests.SoftmaxKernelsVector, SoftmaxKernelsVector.java.txt",
    "Saxpy, tests.SaxpyKernels, SaxpyKernels.java",
    "LayerNorm, tests.LayerNormKernels, LayerNormKernels.java",
  })
  void generatedSourceMatchesGolden(String source, String generated, String file) throws IOException {
    Compilation c = compile(source);
    assertThat(c).succeeded();
    JavaFileObject out = file.endsWith(".txt")
        ? c.generatedFile(StandardLocation.SOURCE_OUTPUT, generated.substring(0, generated.lastIndexOf('.')),
            generated.substring(generated.lastIndexOf('.') + 1) + ".java.txt").orElseThrow()
        : c.generatedSourceFile(generated).orElseThrow();
    String actual = out.getCharContent(false).toString();
    String golden = "generated-" + file;
    if (REGENERATE) {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(golden), actual, StandardCharsets.UTF_8);
      return;
    }
    var expected = GeneratedSourcesTest.class.getResourceAsStream("/expected/" + golden);
    assertWithMessage("missing golden " + golden + "; regenerate with -Dstrata.regenerateGoldens=true")
        .that(expected).isNotNull();
    assertWithMessage("generated " + generated).that(actual)
        .isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
  }
}
