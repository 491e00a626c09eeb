package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenCL C of a few kernels, compared with {@code expected/<name>.cl}. The inputs are
 * tensor-level IR in {@code kernels/<name>.mlir}, lowered by the standard pipelines. Run with
 * {@code -Dstrata.regenerateGoldens=true} to rewrite the expected files in {@code
 * src/test/resources/expected} from the current output.
 */
class GoldenKernelsTest {
  private static final boolean REGENERATE = Boolean.getBoolean("strata.regenerateGoldens");
  private static final String REGENERATE_HINT = "regenerate with -Dstrata.regenerateGoldens=true";
  private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "expected");

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "layernorm", "gelu", "f64_chain", "matmul"})
  void matchesGolden(String name) throws IOException {
    String input = resource("/kernels/" + name + ".mlir");
    List<OpenClKernel> kernels = OpenClEmitter.emit(Pipelines.fromTensors(input));
    assertEquals(1, kernels.size(), () -> name + " should lower to one kernel, got " + kernels);
    String actual = kernels.getFirst().source();
    String file = name + ".cl";
    if (REGENERATE) {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(file), actual, StandardCharsets.UTF_8);
      assertEquals(actual, Files.readString(SOURCE_DIR.resolve(file), StandardCharsets.UTF_8));
      return;
    }
    assertEquals(resource("/expected/" + file), actual,
        () -> "OpenCL C of " + name + " changed; " + REGENERATE_HINT);
  }

  static String resource(String path) throws IOException {
    try (InputStream in = GoldenKernelsTest.class.getResourceAsStream(path)) {
      String hint = path.startsWith("/expected") ? "; " + REGENERATE_HINT : "";
      assertNotNull(in, () -> "missing resource " + path + hint);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
