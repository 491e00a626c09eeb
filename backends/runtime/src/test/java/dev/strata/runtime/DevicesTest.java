package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DevicesTest {
  @Test
  void propertyWinsOverEnvironmentAndDefaultIsAuto() {
    assertEquals("cpu", Devices.resolve("CPU", "opencl"));
    assertEquals("opencl", Devices.resolve(null, "opencl"));
    assertEquals("auto", Devices.resolve(" ", null));
  }
}
