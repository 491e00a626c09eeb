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
 */
final class DeviceResident implements DeviceStorage {
  private final Device device;
  private final DeviceBuffer buffer;
  private final DType dtype;
  private final int length;

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

  @Override
  public void release() {
    buffer.close();
  }
}
