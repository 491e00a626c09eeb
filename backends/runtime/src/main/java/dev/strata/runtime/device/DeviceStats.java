package dev.strata.runtime.device;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of what compiled kernels did with devices since start (or the last {@link #reset()}):
 * launches, CPU fallbacks, host-device transfers. Fallbacks are never silent: each is logged and
 * counted here.
 */
public final class DeviceStats {
  private static final LongAdder LAUNCHES = new LongAdder();
  private static final LongAdder FALLBACKS = new LongAdder();
  private static final LongAdder UPLOADS = new LongAdder();
  private static final LongAdder DOWNLOADS = new LongAdder();
  private static final LongAdder TRAPS = new LongAdder();

  private DeviceStats() {}

  /**
   * Device kernel launches.
   *
   * @return the number of launches
   */
  public static long launches() {
    return LAUNCHES.sum();
  }

  /**
   * Groups that could have run on a device but ran on the CPU instead (unsupported op, missing
   * device feature, build or launch failure, out of resources).
   *
   * @return the number of fallbacks
   */
  public static long fallbacks() {
    return FALLBACKS.sum();
  }

  /**
   * Copies from host memory to a device.
   *
   * @return the number of uploads
   */
  public static long uploads() {
    return UPLOADS.sum();
  }

  /**
   * Copies from a device to host memory.
   *
   * @return the number of downloads
   */
  public static long downloads() {
    return DOWNLOADS.sum();
  }

  /**
   * Device launches whose kernel met what Java throws on (an integer division by zero, zero to a
   * negative power), so that the group then ran on the CPU, which throws as Java does. Not
   * fallbacks: the device could run the group, and the exception is the kernel's result.
   *
   * @return the number of such launches
   */
  public static long traps() {
    return TRAPS.sum();
  }

  /** Sets every counter to zero. */
  public static void reset() {
    LAUNCHES.reset();
    FALLBACKS.reset();
    UPLOADS.reset();
    DOWNLOADS.reset();
    TRAPS.reset();
  }

  static void launched() {
    LAUNCHES.increment();
  }

  static void fellBack() {
    FALLBACKS.increment();
  }

  static void trapped() {
    TRAPS.increment();
  }

  static void uploaded() {
    UPLOADS.increment();
  }

  static void downloaded() {
    DOWNLOADS.increment();
  }
}
