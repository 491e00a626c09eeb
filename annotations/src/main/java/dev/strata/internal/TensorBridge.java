package dev.strata.internal;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.Objects;

/**
 * The bridge through which {@link TensorData} reaches the package-private state of {@link Tensor},
 * so that {@code Tensor}'s public API stays free of run-time plumbing (the "shared secrets" pattern
 * of the JDK). {@code Tensor} installs its {@link Access} once, from its static initializer.
 *
 * <p>Run-time support for code Strata generates; not user API.
 */
public final class TensorBridge {
  /** What {@link Tensor} exposes to the runtime. */
  public interface Access {
    /**
     * The array backing {@code tensor}, never a copy.
     *
     * @param tensor the tensor
     * @return its storage array
     */
    Object storage(Tensor tensor);

    /**
     * A tensor over {@code storage} without copying it.
     *
     * @param dtype the element type
     * @param storage the backing array, of the type {@code dtype} requires
     * @param shape the dims; copied
     * @return the tensor
     * @throws IllegalArgumentException if the array type or length does not fit
     */
    Tensor wrap(DType dtype, Object storage, long[] shape);

    /**
     * A tensor whose elements are in device memory.
     *
     * @param dtype the element type
     * @param storage the device storage, owned by the tensor from now on
     * @param shape the dims; copied
     * @return the tensor
     */
    Tensor onDevice(DType dtype, DeviceStorage storage, long[] shape);

    /**
     * The device storage of {@code tensor}.
     *
     * @param tensor the tensor
     * @return its device storage, or null when it is in host memory only
     */
    DeviceStorage deviceStorage(Tensor tensor);

    /**
     * Whether {@code tensor}'s host storage exists.
     *
     * @param tensor the tensor
     * @return whether reading it copies nothing
     */
    boolean hostReady(Tensor tensor);
  }

  private static volatile Access access;

  private TensorBridge() {}

  /**
   * Installs {@code Tensor}'s access; called once by {@code Tensor} itself.
   *
   * @param tensorAccess the access object
   * @throws IllegalStateException if an access is already installed
   */
  public static synchronized void install(Access tensorAccess) {
    Objects.requireNonNull(tensorAccess, "tensorAccess");
    if (access != null) {
      throw new IllegalStateException("Tensor access is already installed");
    }
    access = tensorAccess;
  }

  /** The installed access, initializing {@code Tensor} first if no tensor exists yet. */
  static Access access() {
    Access current = access;
    if (current == null) {
      try {
        Class.forName(Tensor.class.getName(), true, Tensor.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot initialize " + Tensor.class.getName(), e);
      }
      current = access;
    }
    return current;
  }
}
