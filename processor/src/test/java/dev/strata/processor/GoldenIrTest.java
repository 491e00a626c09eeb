package dev.strata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import dev.strata.ir.text.Printer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The front end's IR of a few kernels, compared with {@code expected/<Class>.<method>.mlir}. Run
 * with {@code -Dstrata.regenerateGoldens=true} to rewrite the expected files in
 * {@code src/test/resources/expected} from the current output.
 */
class GoldenIrTest {
  private static final boolean REGENERATE = Boolean.getBoolean("strata.regenerateGoldens");
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "expected");

  @ParameterizedTest
  @CsvSource({
    "Softmax, softmax",
    "LayerNorm, layerNorm",
    "Saxpy, saxpy",
    "Branches, leaky",
    "Branches, scaleBySign",
    "Loops, horner",
    "Inlining, block",
    "MathFunctions, gaussian",
    "Layouts, flatten",
  })
  void matchesGolden(String className, String method) throws IOException {
    Compilations.Result result = Compilations.compile(Compilations.source("good/" + className + ".java"),
        Compilations.source("good/Activations.java"));
    assertThat(result.compilation()).succeeded();
    String actual = Printer.print(result.model(method).function().parentOp());
    String file = className + "." + method + ".mlir";
    if (REGENERATE) {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(file), actual, StandardCharsets.UTF_8);
      return;
    }
    var expected = GoldenIrTest.class.getResourceAsStream("/expected/" + file);
    assertWithMessage("missing golden " + file + "; regenerate with -Dstrata.regenerateGoldens=true")
        .that(expected).isNotNull();
    String text = new String(expected.readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("IR of " + className + "." + method).that(actual).isEqualTo(text);
  }
}
