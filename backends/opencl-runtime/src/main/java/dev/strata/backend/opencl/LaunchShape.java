package dev.strata.backend.opencl;

import dev.strata.device.DeviceException;
import java.util.Arrays;

/** Checks a launch's global and local sizes against the device before the driver sees them. */
final class LaunchShape {
  private LaunchShape() {}

  /**
   * Checks the sizes of one launch.
   *
   * @param kernel the kernel's name, for messages
   * @param global the global work size per dimension
   * @param local the work-group size per dimension
   * @param maxWorkGroupSize the device's largest work-group
   * @param maxItemSizes the device's largest work-group extent per dimension
   * @throws DeviceException of kind {@link DeviceException.Kind#LAUNCH} naming what is wrong
   */
  static void check(String kernel, long[] global, long[] local, long maxWorkGroupSize,
      long[] maxItemSizes) throws DeviceException {
    String shape = " (kernel '" + kernel + "', global " + Arrays.toString(global) + ", local "
        + Arrays.toString(local) + ")";
    if (global.length < 1 || global.length > 3) {
      throw launch("a launch has 1 to 3 dimensions, not " + global.length + shape);
    }
    if (local.length != global.length) {
      throw launch("the global size has " + global.length + " dimensions but the local size has "
          + local.length + shape);
    }
    long groupSize = 1;
    for (int d = 0; d < global.length; d++) {
      if (global[d] < 1 || local[d] < 1) {
        throw launch("sizes must be positive, dimension " + d + " is not" + shape);
      }
      if (global[d] % local[d] != 0) {
        throw launch("the global size " + global[d] + " in dimension " + d
            + " is not a multiple of the local size " + local[d] + shape);
      }
      if (d < maxItemSizes.length && local[d] > maxItemSizes[d]) {
        throw launch("the local size " + local[d] + " in dimension " + d
            + " exceeds the device's limit of " + maxItemSizes[d] + shape);
      }
      groupSize = saturatingProduct(groupSize, local[d]);
    }
    if (groupSize > maxWorkGroupSize) {
      throw launch("the work-group of " + groupSize + " work-items exceeds the device's maximum of "
          + maxWorkGroupSize + shape);
    }
  }

  private static long saturatingProduct(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return high == 0 && low >= 0 ? low : Long.MAX_VALUE;
  }

  private static DeviceException launch(String message) {
    return new DeviceException(DeviceException.Kind.LAUNCH, message, null);
  }
}
