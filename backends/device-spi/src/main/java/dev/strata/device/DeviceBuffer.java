package dev.strata.device;

/**
 * Memory on one {@link Device}. Closing releases it; closing twice is harmless.
 */
public interface DeviceBuffer extends AutoCloseable {
  /**
   * The size of the buffer.
   *
   * @return its size in bytes
   */
  long bytes();

  /**
   * Whether {@link #close()} has run.
   *
   * @return whether the memory has been released
   */
  boolean isClosed();

  /** Releases the device memory. */
  @Override
  void close();
}
