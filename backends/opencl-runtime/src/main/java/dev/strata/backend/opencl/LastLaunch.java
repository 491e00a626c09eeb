package dev.strata.backend.opencl;

import dev.strata.device.DeviceException;
import java.util.OptionalLong;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_event;

/**
 * The event of a device's most recent launch, kept so its device time can be read on request.
 * Recording never waits; only {@link #nanos()} blocks, and only on that one event.
 */
final class LastLaunch {
  private final Object lock = new Object();
  private cl_event last;

  /** Makes {@code event} the latest launch and releases the one it replaces. */
  void record(cl_event event) {
    cl_event previous;
    synchronized (lock) {
      previous = last;
      last = event;
    }
    if (previous != null) {
      release(previous);
    }
  }

  /**
   * Waits for the latest launch and returns how long it ran on the device.
   *
   * @return the time between the command's start and end, empty when nothing was launched yet
   * @throws DeviceException of kind {@link DeviceException.Kind#LAUNCH} when the launch failed
   */
  OptionalLong nanos() throws DeviceException {
    cl_event event;
    synchronized (lock) {
      event = last;
      if (event == null) {
        return OptionalLong.empty();
      }
      // Retained under the lock so that a concurrent record() cannot free it while we wait.
      try {
        ClStatus.check(CL.clRetainEvent(event), "clRetainEvent");
      } catch (CLException e) {
        throw timingFailed(e);
      }
    }
    try {
      ClStatus.check(CL.clWaitForEvents(1, new cl_event[] {event}), "clWaitForEvents");
      return OptionalLong.of(profile(event, CL.CL_PROFILING_COMMAND_END)
          - profile(event, CL.CL_PROFILING_COMMAND_START));
    } catch (CLException e) {
      throw timingFailed(e);
    } finally {
      release(event);
    }
  }

  private static DeviceException timingFailed(CLException e) {
    return new DeviceException(DeviceException.Kind.LAUNCH,
        "the last launch could not be timed: " + ClStatus.name(e.getStatus()), e);
  }

  private static long profile(cl_event event, int param) {
    long[] value = new long[1];
    ClStatus.check(CL.clGetEventProfilingInfo(event, param, Sizeof.cl_ulong, Pointer.to(value),
        null), "clGetEventProfilingInfo");
    return value[0];
  }

  private static void release(cl_event event) {
    ClStatus.releaseQuietly(() -> CL.clReleaseEvent(event), "clReleaseEvent");
  }
}
