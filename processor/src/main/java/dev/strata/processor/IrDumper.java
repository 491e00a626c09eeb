package dev.strata.processor;

import dev.strata.ir.pass.PassManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Writes the IR of each kernel after each stage to the directory named by the processor option
 * {@code -Astrata.dump=DIR}, as {@code <Class>.<method>.<n>-<stage>.mlir}: the front end writes
 * stage {@code 0-tensor}, and the pipeline numbers its passes after it through
 * {@link #instrumentation}. Without the option every method does nothing. A file that cannot be
 * written is a warning, never an error.
 */
public final class IrDumper {
  /** The processor option naming the dump directory. */
  public static final String OPTION = "strata.dump";

  private final Path directory;
  private final Messager messager;

  private IrDumper(Path directory, Messager messager) {
    this.directory = directory;
    this.messager = messager;
  }

  /** The dumper configured by {@code options}, disabled when {@link #OPTION} is absent or empty. */
  public static IrDumper fromOptions(Map<String, String> options, Messager messager) {
    String dir = options.get(OPTION);
    return new IrDumper(dir == null || dir.isBlank() ? null : Path.of(dir), messager);
  }

  /** Whether dumps are written. */
  public boolean enabled() {
    return directory != null;
  }

  /** The file stage {@code index} named {@code stage} of {@code kernel} ({@code Class.method}) goes to. */
  public Path file(String kernel, int index, String stage) {
    return directory.resolve(kernel + "." + index + "-" + stage + ".mlir");
  }

  /** Writes {@code irText}, the IR of {@code kernel} ({@code Class.method}) after stage {@code index}. */
  public void dump(String kernel, int index, String stage, String irText) {
    if (directory == null) {
      return;
    }
    Path file = file(kernel, index, stage);
    try {
      Files.createDirectories(directory);
      Files.writeString(file, irText, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      messager.printMessage(Diagnostic.Kind.WARNING,
          "strata: cannot write the IR dump " + file + ": " + e.getMessage());
    }
  }

  /**
   * An instrumentation for a {@link PassManager} that dumps {@code kernel}'s IR after each pass,
   * numbering the passes from {@code firstIndex}.
   */
  public PassManager.Instrumentation instrumentation(String kernel, int firstIndex) {
    int[] next = {firstIndex};
    return (passName, moduleText) -> dump(kernel, next[0]++, passName, moduleText);
  }
}
