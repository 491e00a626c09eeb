package dev.strata.runtime.device;

import dev.strata.Tensor;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of code whose device tensors are released together when it ends:
 *
 * <pre>{@code
 * try (DeviceScope scope = DeviceScope.open()) {
 *   Tensor h = NnKernels.geluMlp(x, w1, b1, w2);   // stays in device memory
 *   Tensor y = NnKernels.softmax(h);               // reads h there
 *   use(y.toFloatArray());
 * }                                                // h and y leave device memory here
 * }</pre>
 *
 * <p>Every tensor that a kernel call or {@link DeviceMemory#upload} on this thread left in device
 * memory while the scope was open is {@linkplain Tensor#close() closed} when the scope closes:
 * its elements are copied to the host first, so it stays usable. A tensor that became unreachable
 * before then was already released by the cleaner. Scopes nest; an inner scope's tensors are
 * released when the inner scope closes. A scope belongs to the thread that opened it and must be
 * closed there, innermost first, as try-with-resources does.
 */
public final class DeviceScope implements AutoCloseable {
  private static final ThreadLocal<DeviceScope> CURRENT = new ThreadLocal<>();

  private final DeviceScope outer;
  private final Thread owner = Thread.currentThread();
  private final List<WeakReference<Tensor>> tensors = new ArrayList<>();
  private boolean closed;

  private DeviceScope(DeviceScope outer) {
    this.outer = outer;
  }

  /**
   * Opens a scope on this thread.
   *
   * @return the scope, to close with try-with-resources
   */
  public static DeviceScope open() {
    DeviceScope scope = new DeviceScope(CURRENT.get());
    CURRENT.set(scope);
    return scope;
  }

  /** Records that {@code tensor} was left in device memory, for the innermost open scope. */
  static void track(Tensor tensor) {
    DeviceScope scope = CURRENT.get();
    if (scope != null) {
      scope.tensors.add(new WeakReference<>(tensor));
    }
  }

  /**
   * Releases the device memory of every tensor this scope saw made, and makes the enclosing scope
   * (if any) the current one again. Closing twice does nothing.
   *
   * @throws IllegalStateException if called on another thread, or while an inner scope is open
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException("a DeviceScope must be closed on the thread that opened it, " + owner.getName());
    }
    if (CURRENT.get() != this) {
      throw new IllegalStateException("an inner DeviceScope is still open");
    }
    closed = true;
    CURRENT.set(outer);
    for (WeakReference<Tensor> ref : tensors) {
      Tensor t = ref.get();
      if (t != null) {
        t.close();
      }
    }
    tensors.clear();
  }
}
