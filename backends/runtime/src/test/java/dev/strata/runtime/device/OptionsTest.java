package dev.strata.runtime.device;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Devices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A mistyped placement option fails the kernel call, naming the option, whatever the device. */
class OptionsTest {
  @AfterEach
  void clear() {
    System.clearProperty("strata.strict");
    System.clearProperty("strata.device.minElements");
    System.clearProperty(Placement.CPU_GROUPS);
    Placement.reloadPins();
  }

  @Test
  void strictIsTrueOrFalse() {
    System.setProperty("strata.strict", "yes");
    assertRefused("strata.strict=yes");
    System.setProperty("strata.strict", "FALSE");
    assertDoesNotThrow(Devices::check);
  }

  @Test
  void minElementsIsANonNegativeCount() {
    for (String bad : new String[] {"-5", "abc", "1e6"}) {
      System.setProperty("strata.device.minElements", bad);
      assertRefused("strata.device.minElements=" + bad);
    }
    System.setProperty("strata.device.minElements", "0");
    assertDoesNotThrow(Devices::check);
  }

  @Test
  void cpuGroupsAreCheckedEvenWithoutADevice() {
    System.setProperty(Placement.CPU_GROUPS, "Nn.attention");
    Placement.reloadPins();
    assertRefused("'Nn.attention' is neither 'alternate' nor Class.method#group");
  }

  private static void assertRefused(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Devices::check);
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }
}
