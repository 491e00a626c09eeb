package dev.strata.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The scalar path, end to end, in fresh JVMs: one without {@code jdk.incubator.vector} (which
 * also proves that {@link Gemm}, {@link Parallel} and {@link VectorSupport} load without it), one
 * with the module but {@code -Dstrata.cpu.vector=false}.
 */
class ScalarFallbackTest {
  /** What the last probe printed, for the failure message. */
  private String output = "";

  @Test
  void worksWithoutTheVectorModule() throws Exception {
    assertEquals(0, runProbe(List.of()), output);
  }

  @Test
  void worksWithTheVectorPathSwitchedOff() throws Exception {
    assertEquals(0, runProbe(List.of("--add-modules", "jdk.incubator.vector", "-Dstrata.cpu.vector=false")), output);
  }

  private int runProbe(List<String> jvmOptions) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ScalarFallbackProbe.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the probe JVM did not finish: " + output);
    }
    return process.exitValue();
  }
}
