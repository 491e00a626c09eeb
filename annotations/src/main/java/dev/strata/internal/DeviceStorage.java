package dev.strata.internal;

/**
 * The storage of a {@link dev.strata.Tensor} whose elements live in device memory: the tensor
 * copies them to the host the first time the host reads it, and releases the device memory when
 * closed. Implemented by Strata's run time; not user API.
 */
public interface DeviceStorage {
  /**
   * Copies the elements to a new host array.
   *
   * @return the array, of the type {@link TensorData} documents for the tensor's dtype
   */
  Object download();

  /** Releases the device memory; later calls do nothing. */
  void release();
}
