package dev.strata.runtime.device;

/**
 * Makes the next device launches fail for real, so that tests can watch each failure fall back to
 * the CPU: a build of a source with a compile error, a launch with an argument missing, an
 * allocation larger than the device allows. Off unless a test turns it on.
 */
public final class FaultInjection {
  /** The failures that can be injected. */
  public enum Fault {
    /** The program fails to build (its source gets an {@code #error} line). */
    BUILD,
    /** The launch fails (the kernel is launched with its last argument unset). */
    LAUNCH,
    /** The device runs out of memory (a buffer beyond the device's largest allocation). */
    OUT_OF_RESOURCES
  }

  private static volatile Fault active;

  private FaultInjection() {}

  /**
   * Injects {@code fault} into every device launch until {@link #clear()}.
   *
   * @param fault the failure to inject
   */
  public static void inject(Fault fault) {
    active = fault;
  }

  /** Stops injecting failures. */
  public static void clear() {
    active = null;
  }

  static Fault active() {
    return active;
  }
}
