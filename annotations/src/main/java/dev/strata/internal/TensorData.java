package dev.strata.internal;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.Objects;

/**
 * Zero-copy access to the storage of {@link Tensor}s: run-time support for code Strata generates,
 * not user API.
 *
 * <p>Storage is a row-major contiguous Java array: F32 {@code float[]}, F64 {@code double[]}, F16
 * and BF16 {@code short[]} holding the raw 16-bit patterns, I32 {@code int[]}, I8 {@code byte[]},
 * BOOL {@code byte[]} holding 0 or 1. Tensors are immutable: generated code may read the arrays it
 * gets here but must never write to them, and must not write to an array after wrapping it. Every
 * tensor that {@link Tensor}'s operations return owns its array, shared with no other tensor.
 */
public final class TensorData {
  private TensorData() {}

  /**
   * The array backing {@code tensor}, never a copy.
   *
   * @param tensor the tensor
   * @return its storage: {@code float[]}, {@code double[]}, {@code short[]}, {@code int[]} or
   *     {@code byte[]} by dtype
   */
  public static Object storage(Tensor tensor) {
    Objects.requireNonNull(tensor, "tensor");
    return TensorBridge.access().storage(tensor);
  }

  /**
   * The storage of an F32 tensor.
   *
   * @param tensor an F32 tensor
   * @return its backing array, not a copy
   * @throws IllegalStateException if the dtype is not F32
   */
  public static float[] f32(Tensor tensor) {
    return (float[]) checked(tensor, "f32", DType.F32, DType.F32);
  }

  /**
   * The storage of an F64 tensor.
   *
   * @param tensor an F64 tensor
   * @return its backing array, not a copy
   * @throws IllegalStateException if the dtype is not F64
   */
  public static double[] f64(Tensor tensor) {
    return (double[]) checked(tensor, "f64", DType.F64, DType.F64);
  }

  /**
   * The storage of an F16 or BF16 tensor: raw 16-bit patterns (see {@link HalfFloats}).
   *
   * @param tensor an F16 or BF16 tensor
   * @return its backing array, not a copy
   * @throws IllegalStateException if the dtype is neither F16 nor BF16
   */
  public static short[] halfBits(Tensor tensor) {
    return (short[]) checked(tensor, "halfBits", DType.F16, DType.BF16);
  }

  /**
   * The storage of an I32 tensor.
   *
   * @param tensor an I32 tensor
   * @return its backing array, not a copy
   * @throws IllegalStateException if the dtype is not I32
   */
  public static int[] i32(Tensor tensor) {
    return (int[]) checked(tensor, "i32", DType.I32, DType.I32);
  }

  /**
   * The storage of an I8 or BOOL tensor (BOOL elements are 0 or 1).
   *
   * @param tensor an I8 or BOOL tensor
   * @return its backing array, not a copy
   * @throws IllegalStateException if the dtype is neither I8 nor BOOL
   */
  public static byte[] bytes(Tensor tensor) {
    return (byte[]) checked(tensor, "bytes", DType.I8, DType.BOOL);
  }

  /**
   * A tensor over {@code storage}, without copying it; the caller hands the array over and must not
   * modify it afterwards.
   *
   * @param dtype the element type
   * @param storage the row-major contents, an array of the type {@code dtype} is stored in
   * @param shape the dims, each non-negative; copied
   * @return the tensor
   * @throws IllegalArgumentException if the array type does not match {@code dtype}, its length is
   *     not the element count of {@code shape}, or the shape is invalid (for BOOL, an element other
   *     than 0 or 1)
   */
  public static Tensor wrap(DType dtype, Object storage, long... shape) {
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(shape, "shape");
    return TensorBridge.access().wrap(dtype, storage, shape);
  }

  private static Object checked(Tensor tensor, String accessor, DType one, DType other) {
    Objects.requireNonNull(tensor, "tensor");
    DType dtype = tensor.dtype();
    if (dtype != one && dtype != other) {
      String expected = one == other ? one.name() : one + " or " + other;
      throw new IllegalStateException(
          "TensorData." + accessor + ": expected a " + expected + " tensor, got " + dtype);
    }
    return TensorBridge.access().storage(tensor);
  }

  /**
   * A tensor whose elements are in device memory until the host reads them.
   *
   * @param dtype the element type
   * @param storage the device storage; the tensor owns it from now on
   * @param shape the dims
   * @return the tensor
   */
  public static Tensor onDevice(DType dtype, DeviceStorage storage, long... shape) {
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(storage, "storage");
    return TensorBridge.access().onDevice(dtype, storage, shape);
  }

  /**
   * The device storage of {@code tensor}, without copying anything to the host.
   *
   * @param tensor the tensor
   * @return its device storage, or null when it lives in host memory only
   */
  public static DeviceStorage deviceStorage(Tensor tensor) {
    Objects.requireNonNull(tensor, "tensor");
    return TensorBridge.access().deviceStorage(tensor);
  }

  /**
   * Whether {@code tensor}'s elements are in host memory already (reading them copies nothing).
   *
   * @param tensor the tensor
   * @return whether the host copy exists
   */
  public static boolean onHost(Tensor tensor) {
    Objects.requireNonNull(tensor, "tensor");
    return TensorBridge.access().deviceStorage(tensor) == null || TensorBridge.access().hostReady(tensor);
  }
}
