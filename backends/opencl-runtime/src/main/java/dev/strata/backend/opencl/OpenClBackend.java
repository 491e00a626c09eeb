package dev.strata.backend.opencl;

import dev.strata.device.Device;
import dev.strata.device.DeviceBackend;
import dev.strata.device.Discovery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * The OpenCL back end, on JOCL. Discovery offers every available GPU, accelerator and CPU device
 * of every platform, best first: GPUs, then accelerators, then CPUs, and within a type the device
 * with more compute units first.
 *
 * <p>The system property {@value #PLATFORM_PROPERTY} restricts discovery to the platforms whose
 * name contains its value, ignoring case (e.g. {@code -Dstrata.opencl.platform=pocl}).
 */
public final class OpenClBackend implements DeviceBackend {
  /** The back end's name. */
  public static final String NAME = "opencl";

  /** The system property that selects platforms by a part of their name. */
  public static final String PLATFORM_PROPERTY = "strata.opencl.platform";

  private static final System.Logger LOG = System.getLogger("dev.strata.opencl");
  private static final long USABLE_TYPES =
      CL.CL_DEVICE_TYPE_GPU | CL.CL_DEVICE_TYPE_ACCELERATOR | CL.CL_DEVICE_TYPE_CPU;

  /** Creates the back end; nothing native is touched until {@link #discover()}. */
  public OpenClBackend() {}

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Finds the OpenCL devices, honouring {@value #PLATFORM_PROPERTY}. Never throws: a missing
   * OpenCL library, an empty platform list or a failing driver give an empty discovery with the
   * reason.
   *
   * @return the devices, best first, or the reason there are none
   */
  @Override
  public Discovery discover() {
    return discover(System.getProperty(PLATFORM_PROPERTY));
  }

  /**
   * Finds the OpenCL devices of the platforms whose name contains {@code platformFilter}.
   *
   * @param platformFilter a part of the platform name, any case; {@code null} or blank for all
   */
  Discovery discover(String platformFilter) {
    try {
      return JvmSignalHandlers.preserving("OpenCL discovery", () -> find(platformFilter));
    } catch (LinkageError e) {
      return nothing("the OpenCL library could not be loaded (" + e
          + "); install an OpenCL driver and its ICD loader (libOpenCL)");
    } catch (CLException e) {
      if (e.getStatus() == CL.CL_PLATFORM_NOT_FOUND_KHR) {
        return nothing("no OpenCL platform is installed (CL_PLATFORM_NOT_FOUND_KHR): the ICD loader"
            + " found no driver; install one, e.g. PoCL for CPUs");
      }
      return nothing("OpenCL discovery failed: " + ClStatus.name(e.getStatus()) + " ("
          + e.getMessage() + ")");
    } catch (RuntimeException e) {
      return nothing("OpenCL discovery failed: " + e);
    }
  }

  private static Discovery find(String platformFilter) {
    CL.setExceptionsEnabled(true);
    String filter = platformFilter == null ? "" : platformFilter.strip().toLowerCase(Locale.ROOT);
    List<String> seen = new ArrayList<>();
    boolean matched = false;
    List<String> problems = new ArrayList<>();
    List<OpenClDevice> devices = new ArrayList<>();
    for (cl_platform_id platform : ClQuery.platforms()) {
      String name;
      try {
        name = ClQuery.platformString(platform, CL.CL_PLATFORM_NAME);
      } catch (CLException e) {
        problems.add("a platform's name could not be read: " + ClStatus.name(e.getStatus()));
        continue;
      }
      seen.add(name);
      if (!name.toLowerCase(Locale.ROOT).contains(filter)) {
        LOG.log(System.Logger.Level.DEBUG, "OpenCL platform ''{0}'' skipped: it does not match "
            + PLATFORM_PROPERTY + "={1}", name, platformFilter);
        continue;
      }
      matched = true;
      try {
        openAll(platform, name, devices, problems);
      } catch (CLException e) {
        problems.add("platform '" + name + "': " + ClStatus.name(e.getStatus()));
      }
    }
    devices.sort(Comparator.comparing(OpenClDevice::rank, DeviceRank.BEST_FIRST));
    if (!devices.isEmpty()) {
      LOG.log(System.Logger.Level.DEBUG, "OpenCL devices, best first: {0}", devices);
      return new Discovery(List.<Device>copyOf(devices), "");
    }
    if (!matched) {
      return nothing("no OpenCL platform matches " + PLATFORM_PROPERTY + "='" + platformFilter
          + "'; platforms present: " + seen);
    }
    String details = problems.isEmpty() ? "" : "; " + String.join("; ", problems);
    return nothing("the OpenCL platforms " + seen
        + " offer no usable GPU, accelerator or CPU device" + details);
  }

  private static void openAll(cl_platform_id platform, String platformName,
      List<OpenClDevice> devices, List<String> problems) {
    for (cl_device_id id : ClQuery.devices(platform, USABLE_TYPES)) {
      String name = ClQuery.deviceString(id, CL.CL_DEVICE_NAME);
      if (ClQuery.deviceInt(id, CL.CL_DEVICE_AVAILABLE) == 0
          || ClQuery.deviceInt(id, CL.CL_DEVICE_COMPILER_AVAILABLE) == 0) {
        problems.add("device '" + name + "' is unavailable or has no compiler");
        LOG.log(System.Logger.Level.DEBUG, "OpenCL device ''{0}'' skipped: unavailable or without"
            + " a compiler", name);
        continue;
      }
      try {
        OpenClDevice device = OpenClDevice.open(platform, platformName, id);
        LOG.log(System.Logger.Level.DEBUG, "OpenCL device found: {0}, {1}, {2}", device.info(),
            device.rank().typeName(), device.rank());
        devices.add(device);
      } catch (CLException e) {
        problems.add("device '" + name + "': " + ClStatus.name(e.getStatus()));
        LOG.log(System.Logger.Level.DEBUG, "OpenCL device ''{0}'' skipped: {1}", name,
            ClStatus.name(e.getStatus()));
      }
    }
  }

  private static Discovery nothing(String reason) {
    LOG.log(System.Logger.Level.DEBUG, "no OpenCL device: {0}", reason);
    return Discovery.none(reason);
  }
}
