package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.device.Discovery;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need an OpenCL device: without one they are skipped with the
 * discovery's reason, except on CI ({@code CI=true}), where a missing device is a failure.
 */
final class RequiredDevice {
  private RequiredDevice() {}

  /** The discovery every test shares, so that all of them use the same device objects. */
  private static final class Shared {
    static final Discovery DISCOVERY = new OpenClBackend().discover();
  }

  /** The best OpenCL device, or the test is skipped (failed on CI). */
  static OpenClDevice get() {
    return (OpenClDevice) require(Shared.DISCOVERY).devices().getFirst();
  }

  /** Applies the rule to a discovery, reading {@code CI} from the environment. */
  static Discovery require(Discovery discovery) {
    return require(discovery, System.getenv("CI"));
  }

  /** Applies the rule to a discovery, given the value of {@code CI}. */
  static Discovery require(Discovery discovery, String ci) {
    if (!discovery.devices().isEmpty()) {
      return discovery;
    }
    String message = "no OpenCL device: " + discovery.reason();
    if ("true".equals(ci)) {
      fail(message + " (CI=true, so an OpenCL device is required)");
    }
    Assumptions.abort(message);
    return discovery;
  }
}
