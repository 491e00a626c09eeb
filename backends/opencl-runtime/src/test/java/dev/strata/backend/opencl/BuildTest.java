package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.DeviceException;
import dev.strata.device.DeviceProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BuildTest {
  private static final String BROKEN = """
      __kernel void broken(__global float* y) {
        y[0] = undeclared_thing_42 * 2.0f;
      }
      """;

  private static OpenClDevice device;

  @BeforeAll
  static void device() {
    device = RequiredDevice.get();
  }

  @Test
  void failureCarriesTheDeviceAndTheBuildLog() {
    DeviceException e = assertThrows(DeviceException.class, () -> device.build(BROKEN, ""));
    assertEquals(DeviceException.Kind.BUILD, e.kind());
    String message = e.getMessage();
    assertTrue(message.contains(device.info().name()), message);
    assertTrue(message.contains("CL_BUILD_PROGRAM_FAILURE"), message);
    // Only the compiler's log can name the identifier: the message does not quote the source.
    assertTrue(message.contains("undeclared_thing_42"), message);
  }

  @Test
  void failureIsCachedAndEveryCallerGetsTheLog() throws DeviceException {
    String source = BROKEN.replace("broken", "broken_twice");
    int before = device.programBuilds();
    DeviceException first = assertThrows(DeviceException.class, () -> device.build(source, ""));
    int builds = device.programBuilds();
    assertEquals(before + ProgramCache.ATTEMPTS, builds, "a failed build is tried again, a few times, before it is remembered");
    DeviceException second = assertThrows(DeviceException.class, () -> device.build(source, ""));
    assertEquals(builds, device.programBuilds(), "a failed program was compiled again");
    assertNotSame(first, second);
    assertEquals(DeviceException.Kind.BUILD, second.kind());
    assertTrue(second.getMessage().contains("undeclared_thing_42"), second.getMessage());
  }

  /**
   * Builds that a JVM signal on another thread spoiled (LLVM deleting its temporary files) are
   * not remembered: once the JVM is quiet, every program builds. In a JVM of its own, as one that
   * has already built a program quietly is no longer exposed.
   */
  @Test
  void buildsSpoiledByTheJvmsSignalsAreNotRemembered() throws Exception {
    String launcher = ProcessHandle.current().info().command().orElseThrow();
    Process child = new ProcessBuilder(launcher, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), BuildUnderSignals.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), output);
    assertEquals(0, child.exitValue(), output);
    String last = output.lines().filter(l -> l.startsWith("busy ")).findFirst().orElseThrow(() ->
        new AssertionError(output));
    assertTrue(last.endsWith(" quiet 0"), last);
  }

  @Test
  void sameSourceAndOptionsGiveTheSameProgram() throws DeviceException {
    DeviceProgram first = device.build(TestKernels.AXPY, "");
    assertSame(first, device.build(TestKernels.AXPY, ""));
    assertSame(first, device.build(TestKernels.AXPY, null));
    DeviceProgram optimised = device.build(TestKernels.AXPY, "-cl-fast-relaxed-math");
    assertNotSame(first, optimised);
    assertSame(optimised, device.build(TestKernels.AXPY, "-cl-fast-relaxed-math"));
  }

  @Test
  void eightThreadsAskingAtOnceBuildOnce() throws Exception {
    String source = TestKernels.INDEX_2D.replace("index2d", "index2d_concurrent");
    int builds = device.programBuilds();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<DeviceProgram>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          start.await();
          return device.build(source, "");
        }));
      }
      start.countDown();
      DeviceProgram program = results.getFirst().get(60, TimeUnit.SECONDS);
      for (Future<DeviceProgram> result : results) {
        assertSame(program, result.get(60, TimeUnit.SECONDS));
      }
      assertEquals(builds + 1, device.programBuilds());
      assertEquals(java.util.Set.of("index2d_concurrent"), program.kernels());
    } finally {
      pool.shutdownNow();
    }
  }
}
