/**
 * The OpenCL back end at run time, on JOCL: {@link dev.strata.backend.opencl.OpenClBackend} finds
 * the platforms' devices, and each {@link dev.strata.backend.opencl.OpenClDevice} owns one
 * context and one in-order, profiling command queue, a program cache, its buffers and launches.
 *
 * <p>Driver errors: discovery switches JOCL's exceptions on, and every status a call returns goes
 * through the same check, so every failing call surfaces as a {@link org.jocl.CLException}. The
 * classes here catch it at the edge of each operation and rethrow it as a {@link
 * dev.strata.device.DeviceException} of the right kind, naming the device and the CL error.
 * Misuse by the caller (a closed buffer, an unsupported host array or argument) is an {@link
 * IllegalArgumentException} or {@link IllegalStateException} raised before the driver is called,
 * so native code never reads or writes out of bounds.
 */
package dev.strata.backend.opencl;
