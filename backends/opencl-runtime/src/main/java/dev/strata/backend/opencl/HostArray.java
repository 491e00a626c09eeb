package dev.strata.backend.opencl;

import org.jocl.Pointer;

/**
 * A Java array as the driver sees it during a blocking copy.
 *
 * @param pointer the array's pointer
 * @param bytes the array's size in bytes
 */
record HostArray(Pointer pointer, long bytes) {
  /**
   * Wraps one of the host array types the SPI allows.
   *
   * @param array a {@code float[]}, {@code double[]}, {@code short[]}, {@code int[]} or
   *     {@code byte[]}
   * @return the array's pointer and size
   * @throws IllegalArgumentException for any other object
   */
  static HostArray of(Object array) {
    return switch (array) {
      case float[] a -> new HostArray(Pointer.to(a), (long) a.length * Float.BYTES);
      case double[] a -> new HostArray(Pointer.to(a), (long) a.length * Double.BYTES);
      case short[] a -> new HostArray(Pointer.to(a), (long) a.length * Short.BYTES);
      case int[] a -> new HostArray(Pointer.to(a), (long) a.length * Integer.BYTES);
      case byte[] a -> new HostArray(Pointer.to(a), a.length);
      case null -> throw new NullPointerException("host array");
      default -> throw new IllegalArgumentException("unsupported host array "
          + array.getClass().getTypeName()
          + "; expected float[], double[], short[], int[] or byte[]");
    };
  }
}
