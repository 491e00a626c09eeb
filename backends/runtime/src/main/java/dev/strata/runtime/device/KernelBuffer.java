package dev.strata.runtime.device;

import dev.strata.DType;
import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;

/**
 * One buffer of a kernel call, which may have a valid copy in host memory, on the device, or
 * both. The host copy is made on demand (a download) when CPU code reads it; the device copy
 * (an upload) when a device kernel does. Writing on one side makes the other copy stale.
 */
public final class KernelBuffer {
  private final DType dtype;
  private final int length;
  private Object host;
  private boolean hostValid;
  private Device device;
  private DeviceBuffer deviceCopy;
  private boolean deviceValid;
  /** Whether this call owns the device copy (else it belongs to a device-resident input tensor). */
  private boolean owned = true;

  KernelBuffer(DType dtype, int length, Object host) {
    this.dtype = dtype;
    this.length = length;
    this.host = host;
    this.hostValid = host != null;
  }

  /** A buffer over a tensor's device memory, which this call reads but does not own. */
  static KernelBuffer resident(DType dtype, int length, Object host, DeviceResident storage) {
    KernelBuffer b = new KernelBuffer(dtype, length, host);
    b.device = storage.device();
    b.deviceCopy = storage.buffer();
    b.deviceValid = true;
    b.owned = false;
    return b;
  }

  /**
   * The host array, made current first; {@code write} says the caller will write it, which makes
   * the device copy stale.
   *
   * @param write whether the caller writes the array
   * @return the array ({@code float[]}, {@code double[]}, {@code short[]}, {@code int[]} or
   *     {@code byte[]} by dtype)
   */
  public Object host(boolean write) {
    if (!hostValid) {
      if (host == null) {
        host = newArray(dtype, length);
      }
      if (deviceValid) {
        try {
          device.download(deviceCopy, host);
        } catch (DeviceException e) {
          throw new IllegalStateException("cannot read a " + dtype + " buffer of " + length
              + " elements back from " + device.info().name() + ": " + e.getMessage(), e);
        }
        DeviceStats.downloaded();
      }
      hostValid = true;
    }
    if (write) {
      deviceValid = false;
    }
    return host;
  }

  /** The device copy on {@code target}, uploaded first when the host copy is the current one. */
  DeviceBuffer onDevice(Device target) throws DeviceException {
    if (deviceCopy != null && device != target) {
      host(false);
      release();
    }
    if (deviceCopy == null) {
      device = target;
      deviceCopy = target.allocate(Math.max(1L, (long) length * dtype.byteSize()));
      deviceValid = false;
    }
    if (!deviceValid && hostValid && length > 0) {
      target.upload(host, deviceCopy);
      DeviceStats.uploaded();
    }
    // A new output stays invalid until the kernel writes it: a launch that fails (or traps)
    // leaves nothing for the CPU loops to copy back.
    deviceValid |= hostValid;
    return deviceCopy;
  }

  /** Records that a device kernel wrote the device copy. */
  void writtenOnDevice() {
    deviceValid = true;
    hostValid = false;
  }

  /** Whether the device copy is current and the host copy is not. */
  boolean onlyOnDevice() {
    return deviceValid && !hostValid;
  }

  /** Releases the device copy, if this call owns it, and forgets it. */
  void release() {
    if (deviceCopy != null) {
      if (owned) {
        deviceCopy.close();
      }
      deviceCopy = null;
      deviceValid = false;
      owned = true;
    }
  }

  /**
   * Hands the device copy over to a tensor, when it is the only current copy and this call owns
   * it; null otherwise.
   */
  DeviceResident handOver() {
    if (!onlyOnDevice() || !owned) {
      return null;
    }
    DeviceResident r = new DeviceResident(device, deviceCopy, dtype, length);
    deviceCopy = null;
    deviceValid = false;
    return r;
  }

  DType dtype() {
    return dtype;
  }

  static Object newArray(DType dtype, int length) {
    return switch (dtype) {
      case F32 -> new float[length];
      case F64 -> new double[length];
      case F16, BF16 -> new short[length];
      case I32 -> new int[length];
      case I8, BOOL -> new byte[length];
    };
  }
}
