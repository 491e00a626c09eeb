package dev.strata.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Which device compiled kernels run on, from {@code -Dstrata.device} or the environment variable
 * {@code STRATA_DEVICE} (the property wins). {@code auto}, the default, picks the best device
 * present; a named device is forced. The CPU is the only back end so far, so {@code auto} and
 * {@code cpu} both run there and any other value is refused with the list of known devices.
 */
public final class Devices {
  /** The devices this build knows. */
  public static final List<String> KNOWN = List.of("auto", "cpu");

  private static final String SELECTED = resolve(System.getProperty("strata.device"), System.getenv("STRATA_DEVICE"));

  private Devices() {}

  /** The requested device, lower case; {@code auto} when none was requested. */
  public static String requested() {
    return SELECTED;
  }

  /**
   * Checks the requested device before a kernel runs.
   *
   * @throws IllegalStateException if the requested device is not one this build can run on
   */
  public static void check() {
    if (!KNOWN.contains(SELECTED)) {
      throw new IllegalStateException("strata.device=" + SELECTED + " is not available; known devices: " + KNOWN);
    }
  }

  static String resolve(String property, String environment) {
    String v = property != null && !property.isBlank() ? property
        : environment != null && !environment.isBlank() ? environment : "auto";
    return v.trim().toLowerCase(Locale.ROOT);
  }
}
