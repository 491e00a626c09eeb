package dev.strata.device;

/**
 * A family of accelerators (OpenCL, CUDA), registered through {@link java.util.ServiceLoader}.
 *
 * <p>Implementations must be cheap to construct: the work of finding devices happens in {@link
 * #discover()}, which the dispatcher calls at most once per back end.
 */
public interface DeviceBackend {
  /**
   * The back end's name as the user writes it in {@code -Dstrata.device} and as the processor
   * names the programs generated for it.
   *
   * @return a short lower-case name, e.g. {@code "opencl"}
   */
  String name();

  /**
   * Finds the devices this back end can use. A missing driver or platform is not an error: the
   * result is then empty and says why.
   *
   * @return the devices found, best first, and the reason when there are none
   */
  Discovery discover();
}
