package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.Device;
import dev.strata.device.DeviceBackend;
import dev.strata.device.DeviceInfo;
import dev.strata.device.Discovery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.jocl.CL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenClBackendTest {
  @Test
  void serviceLoaderFindsTheBackend() {
    List<String> names = new ArrayList<>();
    for (DeviceBackend backend : ServiceLoader.load(DeviceBackend.class)) {
      names.add(backend.name());
      if (backend.name().equals("opencl")) {
        assertTrue(backend instanceof OpenClBackend, backend.getClass().getName());
      }
    }
    assertTrue(names.contains("opencl"), names.toString());
  }

  @Test
  void findsPoclsCpuDeviceWithSensibleLimits() {
    Discovery discovery = RequiredDevice.require(
        new OpenClBackend().discover("Portable Computing Language"));
    boolean cpu = false;
    for (Device device : discovery.devices()) {
      DeviceInfo info = device.info();
      assertEquals("opencl", device.backend());
      assertEquals("Portable Computing Language", info.platform());
      assertFalse(info.name().isBlank(), info.toString());
      assertTrue(info.computeUnits() >= 1, info.toString());
      assertTrue(info.maxWorkGroupSize() >= 1, info.toString());
      assertTrue(info.localMemBytes() > 0, info.toString());
      assertTrue(info.maxAllocBytes() > 0, info.toString());
      assertTrue(info.globalMemBytes() >= info.maxAllocBytes(), info.toString());
      cpu |= ((OpenClDevice) device).rank().typeOrder() == 2;
    }
    assertTrue(cpu, "PoCL offers a CPU device: " + discovery.devices());
    assertEquals("", discovery.reason());
  }

  @Test
  void devicesComeBestFirst() {
    List<Device> devices = RequiredDevice.require(new OpenClBackend().discover()).devices();
    for (int i = 1; i < devices.size(); i++) {
      DeviceRank before = ((OpenClDevice) devices.get(i - 1)).rank();
      DeviceRank after = ((OpenClDevice) devices.get(i)).rank();
      assertTrue(DeviceRank.BEST_FIRST.compare(before, after) <= 0, devices.toString());
    }
  }

  @Test
  void ranksGpusThenAcceleratorsThenCpusThenComputeUnits() {
    DeviceRank smallGpu = new DeviceRank(CL.CL_DEVICE_TYPE_GPU, 2);
    DeviceRank accelerator = new DeviceRank(CL.CL_DEVICE_TYPE_ACCELERATOR, 100);
    DeviceRank bigCpu = new DeviceRank(CL.CL_DEVICE_TYPE_CPU | CL.CL_DEVICE_TYPE_DEFAULT, 64);
    DeviceRank smallCpu = new DeviceRank(CL.CL_DEVICE_TYPE_CPU, 4);
    List<DeviceRank> ranks = new ArrayList<>(List.of(smallCpu, bigCpu, accelerator, smallGpu));
    ranks.sort(DeviceRank.BEST_FIRST);
    assertEquals(List.of(smallGpu, accelerator, bigCpu, smallCpu), ranks);
  }

  @Test
  void unmatchedPlatformFilterGivesNoDeviceAndSaysWhy() {
    RequiredDevice.get();
    Discovery discovery = new OpenClBackend().discover("no-such-platform-xyz");
    assertTrue(discovery.devices().isEmpty());
    assertTrue(discovery.reason().contains("strata.opencl.platform='no-such-platform-xyz'"),
        discovery.reason());
  }

  @Test
  void platformPropertyIsHonoured() {
    RequiredDevice.get();
    String before = System.getProperty(OpenClBackend.PLATFORM_PROPERTY);
    try {
      System.setProperty(OpenClBackend.PLATFORM_PROPERTY, "no-such-platform-xyz");
      assertTrue(new OpenClBackend().discover().devices().isEmpty());
      String present = RequiredDevice.get().info().platform();
      System.setProperty(OpenClBackend.PLATFORM_PROPERTY, present.toUpperCase());
      assertFalse(new OpenClBackend().discover().devices().isEmpty());
    } finally {
      if (before == null) {
        System.clearProperty(OpenClBackend.PLATFORM_PROPERTY);
      } else {
        System.setProperty(OpenClBackend.PLATFORM_PROPERTY, before);
      }
    }
  }

  @Test
  void noPlatformIsAnEmptyDiscoveryNotAnError(@TempDir Path emptyVendors)
      throws IOException, InterruptedException {
    RequiredDevice.get();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(),
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), DiscoveryProbe.class.getName());
    // The ICD loader reads its drivers from here; an empty folder means no platform at all.
    builder.environment().put("OCL_ICD_VENDORS", emptyVendors.toString());
    builder.redirectErrorStream(true);
    Path log = Files.createTempFile(emptyVendors.getParent(), "probe", ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("devices=0"), output);
    assertTrue(output.contains("CL_PLATFORM_NOT_FOUND_KHR"), output);
  }
}
