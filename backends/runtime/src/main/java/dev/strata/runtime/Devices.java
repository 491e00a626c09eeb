package dev.strata.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Which device compiled kernels run on, from {@code -Dstrata.device} or the environment variable
 * {@code STRATA_DEVICE} (the property wins). {@code auto}, the default, puts each group on the
 * best device present that can run it; {@code cpu} uses no device; the name of a device back end
 * on the class path ({@code opencl}) forces its device wherever it can run a group. Any other value
 * is refused with the list of known devices.
 */
public final class Devices {
  /** The choices that need no device back end. */
  public static final List<String> BUILT_IN = List.of("auto", "cpu");

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
   * @throws IllegalArgumentException if another run-time option has a value it cannot have
   */
  public static void check() {
    if (!BUILT_IN.contains(SELECTED) && !Known.BACKENDS.contains(SELECTED)) {
      List<String> known = new java.util.ArrayList<>(BUILT_IN);
      known.addAll(Known.BACKENDS);
      String source = System.getProperty("strata.device") != null && !System.getProperty("strata.device").isBlank()
          ? "strata.device" : "STRATA_DEVICE";
      throw new IllegalStateException(source + "=" + SELECTED + " is not available; known devices: " + known);
    }
    dev.strata.runtime.device.Placement.checkOptions();
  }

  /** The registered back ends, looked up once, on first need. */
  private static final class Known {
    static final List<String> BACKENDS = dev.strata.runtime.device.Placement.backends();
  }

  static String resolve(String property, String environment) {
    String v = property != null && !property.isBlank() ? property
        : environment != null && !environment.isBlank() ? environment : "auto";
    return v.trim().toLowerCase(Locale.ROOT);
  }
}
