package dev.strata.device;

/**
 * The limits of one device that decide whether a group of a kernel can run there.
 *
 * @param name the device's name as its driver reports it
 * @param platform the platform or driver it belongs to
 * @param computeUnits parallel compute units
 * @param maxWorkGroupSize the largest work-group (thread block) a kernel may be launched with
 * @param localMemBytes the local (shared) memory one work-group may use
 * @param globalMemBytes the device memory
 * @param maxAllocBytes the largest single buffer
 * @param fp64 whether double precision is supported ({@code cl_khr_fp64})
 * @param fp16 whether half precision arithmetic is supported ({@code cl_khr_fp16})
 * @param kind what sort of processor it is
 */
public record DeviceInfo(String name, String platform, int computeUnits, long maxWorkGroupSize,
    long localMemBytes, long globalMemBytes, long maxAllocBytes, boolean fp64, boolean fp16, Kind kind) {

  /** What sort of processor a device is. */
  public enum Kind {
    /** A GPU. */
    GPU,
    /** Another accelerator. */
    ACCELERATOR,
    /**
     * The host's own CPU seen through a device API (such as PoCL): never better than Strata's
     * CPU back end, so only used when named.
     */
    CPU
  }
}
