package dev.strata.backend.opencl;

import java.util.function.IntSupplier;
import org.jocl.CL;
import org.jocl.CLException;

/**
 * OpenCL status codes. The back end runs JOCL with exceptions enabled, so a failing call throws
 * {@link CLException}; {@link #check} turns a returned code into the same exception, so a call
 * fails the same way even if another library in the JVM switched JOCL's exceptions off.
 */
final class ClStatus {
  private static final System.Logger LOG = System.getLogger("dev.strata.opencl");

  private ClStatus() {}

  /**
   * Throws when {@code status} is not {@link CL#CL_SUCCESS}.
   *
   * @param status the code a call returned
   * @param call the call's name, for the message
   */
  static void check(int status, String call) {
    if (status != CL.CL_SUCCESS) {
      throw new CLException(call + " failed: " + name(status), status);
    }
  }

  /**
   * Runs a release call on a clean-up path, where a failure must not hide the error being
   * reported; a failure is logged instead.
   *
   * @param release the call, returning its status
   * @param call the call's name, for the log
   */
  static void releaseQuietly(IntSupplier release, String call) {
    try {
      check(release.getAsInt(), call);
    } catch (CLException e) {
      LOG.log(System.Logger.Level.WARNING, call + " failed: " + name(e.getStatus()));
    }
  }

  /**
   * The symbolic name of a status code, e.g. {@code CL_OUT_OF_RESOURCES}.
   *
   * @param status a status code
   * @return its name, or the number when JOCL does not know it
   */
  static String name(int status) {
    String name = CL.stringFor_errorCode(status);
    return name == null || name.isBlank() ? "CL error " + status : name;
  }

  /**
   * Whether a status says the device or host ran out of memory or another resource.
   *
   * @param status a status code
   * @return whether the failure is one of resources rather than of the request
   */
  static boolean isOutOfResources(int status) {
    return status == CL.CL_OUT_OF_RESOURCES
        || status == CL.CL_MEM_OBJECT_ALLOCATION_FAILURE
        || status == CL.CL_OUT_OF_HOST_MEMORY;
  }
}
