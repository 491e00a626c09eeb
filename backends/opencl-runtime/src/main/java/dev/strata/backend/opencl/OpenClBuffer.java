package dev.strata.backend.opencl;

import dev.strata.device.DeviceBuffer;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jocl.CL;
import org.jocl.cl_mem;

/**
 * A {@code cl_mem} buffer on one {@link OpenClDevice}.
 *
 * <p>{@link #close()} releases the memory exactly once, from whichever thread gets there first. A
 * buffer that becomes unreachable without being closed is released by a {@link Cleaner}; its
 * cleaning action holds the {@code cl_mem} handle and the device's byte counter, never the buffer.
 */
public final class OpenClBuffer implements DeviceBuffer {
  private static final Cleaner CLEANER = Cleaner.create();

  private final OpenClDevice device;
  private final long bytes;
  private final Release release;
  private final Cleaner.Cleanable cleanable;

  OpenClBuffer(OpenClDevice device, cl_mem memory, long bytes, AtomicLong liveBytes) {
    this.device = device;
    this.bytes = bytes;
    this.release = new Release(memory, bytes, liveBytes);
    this.cleanable = CLEANER.register(this, release);
  }

  /**
   * The device that owns this buffer.
   *
   * @return the owning device
   */
  public OpenClDevice device() {
    return device;
  }

  @Override
  public long bytes() {
    return bytes;
  }

  @Override
  public boolean isClosed() {
    return release.done.get();
  }

  @Override
  public void close() {
    cleanable.clean();
  }

  /** The handle for driver calls; fails when the buffer has been closed. */
  cl_mem memory() {
    if (isClosed()) {
      throw new IllegalStateException("the OpenCL buffer of " + bytes + " bytes on "
          + device.info().name() + " is closed");
    }
    return release.memory;
  }

  @Override
  public String toString() {
    return "OpenClBuffer[" + bytes + " bytes on " + device.info().name()
        + (isClosed() ? ", closed]" : "]");
  }

  /** Releases the memory once; shared by {@link #close()} and the cleaner. */
  private static final class Release implements Runnable {
    private final cl_mem memory;
    private final long bytes;
    private final AtomicLong liveBytes;
    private final AtomicBoolean done = new AtomicBoolean();

    Release(cl_mem memory, long bytes, AtomicLong liveBytes) {
      this.memory = memory;
      this.bytes = bytes;
      this.liveBytes = liveBytes;
    }

    @Override
    public void run() {
      if (done.compareAndSet(false, true)) {
        // The driver frees the memory once the commands already queued on it have finished.
        ClStatus.releaseQuietly(() -> CL.clReleaseMemObject(memory), "clReleaseMemObject");
        liveBytes.addAndGet(-bytes);
      }
    }
  }
}
