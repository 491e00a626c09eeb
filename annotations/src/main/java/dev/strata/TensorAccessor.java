package dev.strata;

import dev.strata.internal.DeviceStorage;
import dev.strata.internal.TensorBridge;

/** {@link Tensor}'s side of {@link TensorBridge}: hands out storage and wraps arrays. */
final class TensorAccessor implements TensorBridge.Access {
  @Override
  public Object storage(Tensor tensor) {
    return tensor.data();
  }

  @Override
  public Tensor wrap(DType dtype, Object storage, long[] shape) {
    long[] dims = shape.clone();
    int numel = ShapeMath.checkedNumel("wrap", dims);
    Class<?> expected = Storage.arrayClass(dtype);
    if (storage.getClass() != expected) {
      throw new IllegalArgumentException(
          "wrap: "
              + dtype
              + " needs a "
              + expected.getSimpleName()
              + ", got a "
              + storage.getClass().getSimpleName());
    }
    int length = Storage.length(storage);
    if (length != numel) {
      throw new IllegalArgumentException(
          "wrap: storage length "
              + length
              + " does not match shape "
              + ShapeMath.format(dims)
              + " ("
              + numel
              + " elements)");
    }
    if (dtype == DType.BOOL) {
      for (byte b : (byte[]) storage) {
        if (b != 0 && b != 1) {
          throw new IllegalArgumentException("wrap: BOOL storage holds " + b + ", not 0 or 1");
        }
      }
    }
    return new Tensor(dtype, dims, storage);
  }

  @Override
  public Tensor onDevice(DType dtype, DeviceStorage storage, long[] shape) {
    long[] dims = shape.clone();
    ShapeMath.checkedNumel("onDevice", dims);
    return new Tensor(dtype, dims, java.util.Objects.requireNonNull(storage, "storage"));
  }

  @Override
  public DeviceStorage deviceStorage(Tensor tensor) {
    return tensor.deviceStorage();
  }

  @Override
  public boolean hostReady(Tensor tensor) {
    return tensor.hostReady();
  }
}
