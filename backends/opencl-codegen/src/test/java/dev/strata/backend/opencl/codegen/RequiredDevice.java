package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.backend.opencl.OpenClBackend;
import dev.strata.device.Device;
import dev.strata.device.Discovery;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need an OpenCL device: without one they are skipped with the
 * discovery's reason, except on CI ({@code CI=true}), where a missing device is a failure.
 */
final class RequiredDevice {
  private RequiredDevice() {}

  private static final class Shared {
    static final Discovery DISCOVERY = new OpenClBackend().discover();
  }

  /** The best OpenCL device, or the calling test is skipped (failed on CI). */
  static Device get() {
    Discovery discovery = Shared.DISCOVERY;
    if (discovery.devices().isEmpty()) {
      String message = "no OpenCL device: " + discovery.reason();
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true, so an OpenCL device is required)");
      }
      Assumptions.abort(message);
    }
    return discovery.devices().getFirst();
  }
}
