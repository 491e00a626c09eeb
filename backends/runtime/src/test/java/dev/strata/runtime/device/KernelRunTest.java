package dev.strata.runtime.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.backend.opencl.OpenClBackend;
import dev.strata.backend.opencl.OpenClDevice;
import dev.strata.device.Discovery;
import dev.strata.internal.TensorData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link KernelRun} on the OpenCL device found here (PoCL in CI): a launch, each injected failure
 * falling back to the CPU with the same result, strict mode, a missing device feature, the
 * small-work threshold, explain, the counters, and device memory under many threads.
 */
class KernelRunTest {
  private static final String SCALE = """
      __kernel __attribute__((reqd_work_group_size(256, 1, 1)))
      void scale(__global const float* x, __global float* y, int n) {
        int i = (int) get_global_id(0);
        if (i < n) {
          y[i] = 2.0f * x[i];
        }
      }
      """;
  private static final int N = 100_000;

  /** The OpenCL devices found here, CPU ones included (PoCL in CI). */
  private static final class Found {
    static final Discovery DISCOVERY = new OpenClBackend().discover();
  }

  /** As {@code auto} places groups, on this device. */
  private static Placement.Choice auto;
  /** As {@code -Dstrata.device=opencl} does. */
  private static Placement.Choice forced;

  @BeforeEach
  void requireDevice() {
    Discovery d = Found.DISCOVERY;
    if (d.devices().isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("no device: " + d.reason() + " (CI=true, so an OpenCL device is required)");
      }
      Assumptions.abort("no device: " + d.reason());
    }
    auto = new Placement.Choice(d.devices().getFirst(), false, "");
    forced = new Placement.Choice(d.devices().getFirst(), true, "");
    DeviceStats.reset();
  }

  @AfterEach
  void clear() {
    FaultInjection.clear();
    System.clearProperty("strata.strict");
    System.clearProperty(Placement.CPU_GROUPS);
    Placement.reloadPins();
  }

  @Test
  void aPinnedGroupRunsOnTheCpuWithoutCountingAsAFallback() {
    System.setProperty("strata.strict", "true");
    System.setProperty(Placement.CPU_GROUPS, "Other.kernel#0, Test.scale#0");
    Placement.reloadPins();
    Tensor x = Tensor.randn(12, DType.F32, N);
    Explain.Plan<Tensor> p = Explain.of(() -> call(plan(List.of()), x));
    assertArrayEquals(expected(x), TensorData.f32(p.result()));
    assertEquals(0, DeviceStats.launches());
    assertEquals(0, DeviceStats.fallbacks());
    assertEquals(0, DeviceStats.uploads());
    assertTrue(p.toString().contains("group 0 (loop: mul (f32)) -> cpu: pinned by strata.device.cpuGroups"),
        p.toString());

    System.setProperty(Placement.CPU_GROUPS, "alternate");
    Placement.reloadPins();
    Explain.Plan<Tensor> alternate = Explain.of(() -> call(plan(List.of()), x));
    assertTrue(alternate.toString().contains("-> opencl ("), "group 0 is even, so not pinned: " + alternate);
    assertEquals(1, DeviceStats.launches());
  }

  @Test
  void aPinnedGroupIsNoFallbackWhenTheForcedDeviceIsMissing() {
    System.setProperty("strata.strict", "true");
    System.setProperty(Placement.CPU_GROUPS, "Test.scale#0");
    Placement.reloadPins();
    Tensor x = Tensor.randn(15, DType.F32, N);
    Placement.Choice missing = new Placement.Choice(null, true, "opencl: no platform matches");
    Explain.Plan<Tensor> p = Explain.of(() -> call(plan(List.of()), x, missing));
    assertArrayEquals(expected(x), TensorData.f32(p.result()));
    assertEquals(0, DeviceStats.fallbacks());
    assertTrue(p.toString().contains("-> cpu: pinned by strata.device.cpuGroups"), p.toString());
  }

  @Test
  void anEnclosingExplainSeesTheCallsOfAnInnerOne() {
    Tensor x = Tensor.randn(16, DType.F32, N);
    Explain.Plan<Explain.Plan<Tensor>> outer = Explain.of(() -> Explain.of(() -> call(plan(List.of()), x)));
    assertEquals(1, outer.result().lines().size(), outer.result().toString());
    assertEquals(outer.result().lines(), outer.lines());
    outer.result().result().close();
  }

  @Test
  void uploadChecksTheOptionsAsAKernelCallDoes() {
    System.setProperty("strata.strict", "yes");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeviceMemory.upload(Tensor.randn(17, DType.F32, N)));
    assertTrue(e.getMessage().contains("strata.strict=yes"), e.getMessage());
  }

  @Test
  void aScopeReleasesTheDeviceTensorsMadeInItAndTheyStayReadable() {
    OpenClDevice device = (OpenClDevice) forced.device();
    long before = device.liveBytes();
    Tensor x = Tensor.randn(18, DType.F32, N);
    Tensor kept;
    Tensor inner;
    try (DeviceScope scope = DeviceScope.open()) {
      Tensor onDevice = DeviceMemory.upload(x, forced);
      kept = call(plan(List.of()), onDevice);
      try (DeviceScope nested = DeviceScope.open()) {
        inner = call(plan(List.of()), kept);
      }
      assertTrue(TensorData.deviceStorage(kept) != null, "still on the device while the scope is open");
      assertTrue(TensorData.deviceStorage(inner) == null, "the inner scope released its tensor");
      assertTrue(device.liveBytes() > before);
    }
    assertEquals(before, device.liveBytes(), "the scope released everything made in it");
    assertArrayEquals(expected(x), TensorData.f32(kept));
    float[] twice = expected(x);
    for (int i = 0; i < twice.length; i++) {
      twice[i] *= 2;
    }
    assertArrayEquals(twice, TensorData.f32(inner));
    DeviceScope outer = DeviceScope.open();
    DeviceScope open = DeviceScope.open();
    assertThrows(IllegalStateException.class, outer::close, "an inner scope is still open");
    open.close();
    outer.close();
    outer.close();
  }

  @Test
  void anUploadedInputIsReadOnTheDeviceWithoutAnotherUpload() {
    Tensor x = Tensor.randn(14, DType.F32, N);
    Tensor onDevice = DeviceMemory.upload(x, forced);
    assertEquals(1, DeviceStats.uploads());
    assertFalse(TensorData.onHost(onDevice));
    assertSame(onDevice, DeviceMemory.upload(onDevice, forced), "already there");
    assertSame(x, DeviceMemory.upload(x, new Placement.Choice(null, false, "cpu")), "no device");
    Tensor y = call(plan(List.of()), onDevice);
    assertEquals(1, DeviceStats.uploads(), "the kernel read the uploaded copy");
    assertArrayEquals(expected(x), TensorData.f32(y));
    assertArrayEquals(TensorData.f32(x), TensorData.f32(onDevice), "reads back the same values");
    onDevice.close();
    y.close();
  }

  @Test
  void aMalformedPinNamesTheProperty() {
    System.setProperty(Placement.CPU_GROUPS, "Test.scale:1");
    Placement.reloadPins();
    Tensor x = Tensor.randn(13, DType.F32, N);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call(plan(List.of()), x));
    assertTrue(e.getMessage().contains("strata.device.cpuGroups: 'Test.scale:1'"), e.getMessage());
  }

  private static KernelPlan plan(List<String> requires) {
    return KernelPlan.of("Test.scale", GroupPlan.kernel(0, "loop: mul (f32)", "scale", Map.of("opencl", SCALE),
        List.of(false, true, false), 256, requires));
  }

  /** Runs the group like generated code: the device, or the same loop on the host. */
  private static Tensor call(KernelPlan plan, Tensor x) {
    return call(plan, x, forced);
  }

  private static Tensor call(KernelPlan plan, Tensor x, Placement.Choice choice) {
    try (KernelRun run = KernelRun.begin(plan, choice)) {
      KernelBuffer in = run.input(x);
      KernelBuffer out = run.output(DType.F32, (int) x.numel());
      int n = (int) x.numel();
      if (!run.launch(0, (n + 255) / 256, n, in, out, n)) {
        float[] a = (float[]) in.host(false);
        float[] b = (float[]) out.host(true);
        for (int i = 0; i < n; i++) {
          b[i] = 2.0f * a[i];
        }
      }
      return run.result(out, n);
    }
  }

  private static float[] expected(Tensor x) {
    float[] a = TensorData.f32(x).clone();
    for (int i = 0; i < a.length; i++) {
      a[i] *= 2;
    }
    return a;
  }

  @Test
  void launchesOnTheDeviceWithOneUploadAndOneDownload() {
    Tensor x = Tensor.randn(7, DType.F32, N);
    Explain.Plan<Tensor> p = Explain.of(() -> call(plan(List.of()), x));
    assertArrayEquals(expected(x), TensorData.f32(p.result()));
    assertEquals(1, DeviceStats.launches());
    assertEquals(0, DeviceStats.fallbacks());
    assertEquals(1, DeviceStats.uploads());
    assertEquals(1, DeviceStats.downloads());
    assertTrue(p.toString().startsWith("Test.scale: group 0 (loop: mul (f32)) -> opencl ("), p.toString());
    p.result().close();
  }

  @ParameterizedTest
  @EnumSource(FaultInjection.Fault.class)
  void everyInjectedFailureFallsBackWithTheSameResult(FaultInjection.Fault fault) {
    Tensor x = Tensor.randn(8, DType.F32, N);
    FaultInjection.inject(fault);
    Explain.Plan<Tensor> p = Explain.of(() -> call(plan(List.of()), x));
    assertArrayEquals(expected(x), TensorData.f32(p.result()));
    assertEquals(0, DeviceStats.launches());
    assertEquals(1, DeviceStats.fallbacks());
    assertEquals(0, DeviceStats.downloads(), "the CPU copied back an output the device never wrote");
    String kind = switch (fault) {
      case BUILD -> "-> cpu: BUILD: ";
      case LAUNCH -> "-> cpu: LAUNCH: ";
      case OUT_OF_RESOURCES -> "-> cpu: OUT_OF_RESOURCES: ";
    };
    assertTrue(p.toString().contains(kind), p.toString());
    if (fault == FaultInjection.Fault.BUILD) {
      assertTrue(p.toString().contains("injected build failure"), "the build log is in the reason: " + p);
    }
  }

  @Test
  void aFallbackWarnsOnceForEachKernelGroupAndKindOfReason() {
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("dev.strata.device");
    List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        records.add(r);
      }

      @Override
      public void flush() { }

      @Override
      public void close() { }
    };
    jul.addHandler(handler);
    try {
      KernelPlan once = KernelPlan.of("Test.warnOnce", GroupPlan.kernel(0, "loop: mul (f32)", "scale",
          Map.of("opencl", SCALE), List.of(false, true, false), 256, List.of()));
      for (int i = 0; i < 3; i++) {
        // The same kernel, group and kind of failure, three times: one warning, three fallbacks.
        FaultInjection.inject(FaultInjection.Fault.BUILD);
        call(once, Tensor.randn(20 + i, DType.F32, N));
      }
    } finally {
      jul.removeHandler(handler);
    }
    long warnings = records.stream().filter(r -> r.getLevel() == java.util.logging.Level.WARNING
        && r.getMessage().contains("Test.warnOnce")).count();
    assertEquals(1, warnings, records.stream().map(java.util.logging.LogRecord::getMessage).toList().toString());
    assertEquals(3, DeviceStats.fallbacks());
  }

  @Test
  void strictModeTurnsAFallbackIntoAnError() {
    System.setProperty("strata.strict", "true");
    FaultInjection.inject(FaultInjection.Fault.BUILD);
    DeviceFallbackException e = assertThrows(DeviceFallbackException.class,
        () -> call(plan(List.of()), Tensor.randn(9, DType.F32, N)));
    assertTrue(e.getMessage().startsWith("kernel Test.scale, group 0 (loop: mul (f32)) runs on the CPU: BUILD:"),
        e.getMessage());
  }

  @Test
  void aMissingDeviceFeatureFallsBack() {
    Assumptions.assumeFalse(forced.device().info().fp16(), "the device has cl_khr_fp16");
    Explain.Plan<Tensor> p = Explain.of(() -> call(plan(List.of("fp16")), Tensor.randn(1, DType.F32, N)));
    assertEquals(1, DeviceStats.fallbacks());
    assertTrue(p.toString().endsWith("-> cpu: device has no cl_khr_fp16"), p.toString());
  }

  @Test
  void autoLeavesCpuDevicesToTheCpuBackEnd() {
    Assumptions.assumeTrue(Found.DISCOVERY.devices().stream()
        .allMatch(d -> d.info().kind() == dev.strata.device.DeviceInfo.Kind.CPU), "a GPU is present");
    Placement.Choice c = Placement.choose("auto");
    assertEquals(null, c.device());
    assertTrue(c.why().contains("only CPU devices"), c.why());
    assertTrue(Placement.choose("opencl").device() != null, "naming opencl uses the CPU device");
  }

  @Test
  void smallWorkStaysOnTheCpuWithoutCountingAFallback() {
    Tensor x = Tensor.randn(3, DType.F32, 100);
    Explain.Plan<Tensor> p = Explain.of(() -> call(plan(List.of()), x, auto));
    assertArrayEquals(expected(x), TensorData.f32(p.result()));
    assertEquals(0, DeviceStats.launches());
    assertEquals(0, DeviceStats.fallbacks());
    assertTrue(p.toString().contains("-> cpu: small: 100 elements < " + Placement.MIN_DEVICE_ELEMENTS), p.toString());
  }

  @Test
  void chainedCallsKeepTheIntermediateOnTheDevice() {
    Tensor x = Tensor.randn(5, DType.F32, N);
    KernelPlan plan = plan(List.of());
    Tensor y = call(plan, x);
    Tensor z = call(plan, y);
    assertEquals(2, DeviceStats.launches());
    assertEquals(0, DeviceStats.downloads(), "nothing is read back before the host asks");
    float[] want = expected(x);
    for (int i = 0; i < want.length; i++) {
      want[i] *= 2;
    }
    assertArrayEquals(want, TensorData.f32(z));
    assertEquals(1, DeviceStats.uploads(), "only x goes up");
    assertEquals(1, DeviceStats.downloads(), "only z comes down");
    y.close();
    z.close();
    assertArrayEquals(want, TensorData.f32(z), "a closed tensor keeps its host copy");
  }

  @Test
  void closingATensorWhileACallReadsItKeepsTheMemoryUntilTheCallEnds() {
    OpenClDevice device = (OpenClDevice) forced.device();
    long before = device.liveBytes();
    Tensor x = Tensor.randn(15, DType.F32, N);
    Tensor onDevice = DeviceMemory.upload(x, forced);
    KernelPlan plan = plan(List.of());
    Tensor y;
    try (KernelRun run = KernelRun.begin(plan, forced)) {
      KernelBuffer in = run.input(onDevice);
      onDevice.close(); // as another thread might, between the argument checks and the launch
      KernelBuffer out = run.output(DType.F32, N);
      assertTrue(run.launch(0, (N + 255) / 256, N, in, out, N), "ran on the device");
      y = run.result(out, N);
    }
    assertArrayEquals(expected(x), TensorData.f32(y));
    y.close();
    assertEquals(before, device.liveBytes(), "the closed input was freed when the call ended");
    Tensor z = call(plan, onDevice);
    assertArrayEquals(expected(x), TensorData.f32(z), "a closed input is read from its host copy");
    z.close();
    assertEquals(before, device.liveBytes());
  }

  @Test
  void threadsClosingAnInputOthersAreReadingGetTheRightResults() throws Exception {
    OpenClDevice device = (OpenClDevice) forced.device();
    long before = device.liveBytes();
    KernelPlan plan = plan(List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 30; round++) {
        Tensor x = Tensor.randn(100 + round, DType.F32, N);
        float[] want = expected(x);
        Tensor shared = DeviceMemory.upload(x, forced);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          results.add(pool.submit(() -> {
            Tensor y = call(plan, shared);
            boolean same = java.util.Arrays.equals(want, TensorData.f32(y));
            y.close();
            return same;
          }));
        }
        shared.close();
        for (Future<Boolean> r : results) {
          assertTrue(r.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before, device.liveBytes());
  }

  @Test
  void anUnreachableDeviceTensorIsReleasedByTheCleaner() throws InterruptedException {
    OpenClDevice device = (OpenClDevice) forced.device();
    long before = device.liveBytes();
    call(plan(List.of()), Tensor.randn(6, DType.F32, N));
    assertTrue(device.liveBytes() > before, "the result stays on the device");
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (device.liveBytes() > before && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(before, device.liveBytes());
  }

  @Test
  void eightThreadsOfCallsLeaveDeviceMemoryWhereItStarted() throws Exception {
    OpenClDevice device = (OpenClDevice) forced.device();
    long before = device.liveBytes();
    KernelPlan plan = plan(List.of());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        results.add(pool.submit(() -> {
          Tensor x = Tensor.randn(seed, DType.F32, N);
          float[] want = expected(x);
          for (int i = 0; i < 250; i++) {
            Tensor y = call(plan, x);
            boolean same = java.util.Arrays.equals(want, TensorData.f32(y));
            y.close();
            if (!same) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2000, DeviceStats.launches());
    assertEquals(before, device.liveBytes());
    assertFalse(DeviceStats.fallbacks() > 0);
  }
}
