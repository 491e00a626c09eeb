package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import dev.strata.ir.text.Printer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Astrata.dump} writes the front end's IR of every kernel. */
class IrDumperTest {
  @Test
  void writesTheTensorStageOfEachKernel(@TempDir Path dir) throws IOException {
    Compilations.Result result = Compilations.compile(List.of("-Astrata.dump=" + dir),
        Compilations.source("good/Softmax.java"));
    assertThat(result.compilation()).succeededWithoutWarnings();
    Path file = dir.resolve("Softmax.softmax.0-tensor.mlir");
    assertThat(Files.exists(file)).isTrue();
    assertThat(Files.readString(file))
        .isEqualTo(Printer.print(result.model("softmax").function().parentOp()));
  }

  @Test
  void numbersLaterStagesAfterTheFrontEnd(@TempDir Path dir) throws IOException {
    IrDumper dumper = IrDumper.fromOptions(java.util.Map.of(IrDumper.OPTION, dir.toString()), null);
    var instrumentation = dumper.instrumentation("Nn.softmax", 1);
    instrumentation.afterPass("canonicalize", "a");
    instrumentation.afterPass("cse", "b");
    assertThat(Files.readString(dir.resolve("Nn.softmax.1-canonicalize.mlir"))).isEqualTo("a");
    assertThat(Files.readString(dir.resolve("Nn.softmax.2-cse.mlir"))).isEqualTo("b");
  }

  @Test
  void withoutTheOptionNothingIsWritten() {
    IrDumper dumper = IrDumper.fromOptions(java.util.Map.of(), null);
    assertThat(dumper.enabled()).isFalse();
    dumper.dump("Nn.softmax", 0, "tensor", "ignored");
  }
}
