package dev.strata.runtime.device;

import dev.strata.DType;
import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.internal.DeviceStorage;

/**
 * The device memory behind a tensor a kernel left on the device, so that the next kernel reads it
 * there. The tensor downloads it on its first host read; closing the tensor, or the buffer's own
 * cleaner once the tensor is unreachable, releases it.
 *
 * <p>Kernel calls that read the memory hold it ({@link #acquire}) until they end, so a tensor
 * closed by one thread while another thread's call reads it keeps its memory until that call is
 * done: the release waits for the last reader.
 */
final class DeviceResident implements DeviceStorage {
  private final Device device;
  private final DeviceBuffer buffer;
  private final DType dtype;
  private final int length;
  private int readers;
  private boolean released;

  DeviceResident(Device device, DeviceBuffer buffer, DType dtype, int length) {
    this.device = device;
    this.buffer = buffer;
    this.dtype = dtype;
    this.length = length;
  }

  Device device() {
    return device;
  }

  DeviceBuffer buffer() {
    return buffer;
  }

  @Override
  public Object download() {
    Object host = KernelBuffer.newArray(dtype, length);
    if (length > 0) {
      try {
        device.download(buffer, host);
      } catch (DeviceException e) {
        throw new IllegalStateException("cannot read a " + dtype + " tensor of " + length + " elements back from "
            + device.info().name() + ": " + e.getMessage(), e);
      }
      DeviceStats.downloaded();
    }
    return host;
  }

  /**
   * Holds the memory for a kernel call that reads it, until {@link #endRead}.
   *
   * @return false when the memory is already released (the tensor's host copy is current then)
   */
  synchronized boolean acquire() {
    if (released) {
      return false;
    }
    readers++;
    return true;
  }

  /** Ends a read {@link #acquire} began; the last one frees memory released meanwhile. */
  synchronized void endRead() {
    if (--readers == 0 && released) {
      buffer.close();
    }
  }

  @Override
  public synchronized void release() {
    if (!released) {
      released = true;
      if (readers == 0) {
        buffer.close();
      }
    }
  }
}
