package dev.strata.runtime.device;

import dev.strata.Tensor;
import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.internal.TensorData;

/**
 * Moving tensors to the device that kernels run on, ahead of the calls that read them: the
 * counterpart of the host read that brings a device-resident result back.
 */
public final class DeviceMemory {
  private DeviceMemory() {}

  /**
   * A copy of {@code tensor} in the memory of the device that device groups run on (chosen by
   * {@code strata.device}), so that kernel calls read it there without uploading it each time.
   * The copy reads back to the host on its first host read; {@link Tensor#close()} (or the cleaner,
   * once it is unreachable) frees its device memory. Returns {@code tensor} itself when groups run
   * on the CPU or it already is on that device.
   *
   * @param tensor the tensor to copy
   * @return a device-resident tensor with the same dtype, shape and values
   * @throws IllegalStateException when the device cannot hold or receive it, or {@code
   *     strata.device} names no device this build can run on
   * @throws IllegalArgumentException when another run-time option has a value it cannot have,
   *     as for a kernel call
   */
  public static Tensor upload(Tensor tensor) {
    java.util.Objects.requireNonNull(tensor, "tensor");
    dev.strata.runtime.Devices.check();
    return upload(tensor, Placement.choice());
  }

  static Tensor upload(Tensor tensor, Placement.Choice choice) {
    java.util.Objects.requireNonNull(tensor, "tensor");
    Device device = choice.device();
    if (device == null
        || TensorData.deviceStorage(tensor) instanceof DeviceResident r && r.device() == device) {
      return tensor;
    }
    int length = Math.toIntExact(tensor.numel());
    DeviceBuffer buffer = null;
    try {
      buffer = device.allocate(Math.max(1L, (long) length * tensor.dtype().byteSize()));
      if (length > 0) {
        device.upload(TensorData.storage(tensor), buffer);
        DeviceStats.uploaded();
      }
    } catch (DeviceException e) {
      if (buffer != null) {
        buffer.close();
      }
      throw new IllegalStateException("cannot copy a " + tensor.dtype() + " tensor of shape "
          + java.util.Arrays.toString(tensor.shape()) + " to " + device.info().name() + ": " + e.getMessage(), e);
    }
    Tensor onDevice = TensorData.onDevice(tensor.dtype(), new DeviceResident(device, buffer, tensor.dtype(), length),
        tensor.shape());
    DeviceScope.track(onDevice);
    return onDevice;
  }
}
