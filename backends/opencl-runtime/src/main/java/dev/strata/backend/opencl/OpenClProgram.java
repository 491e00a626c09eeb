package dev.strata.backend.opencl;

import dev.strata.device.DeviceProgram;
import java.util.Set;
import org.jocl.cl_program;

/**
 * A program built for one {@link OpenClDevice}. Programs are cached by the device for its whole
 * lifetime, so the {@code cl_program} is never released.
 */
public final class OpenClProgram implements DeviceProgram {
  private final OpenClDevice device;
  private final cl_program program;
  private final Set<String> kernels;

  OpenClProgram(OpenClDevice device, cl_program program, Set<String> kernels) {
    this.device = device;
    this.program = program;
    this.kernels = Set.copyOf(kernels);
  }

  /**
   * The device the program was built for.
   *
   * @return the owning device
   */
  public OpenClDevice device() {
    return device;
  }

  @Override
  public Set<String> kernels() {
    return kernels;
  }

  cl_program handle() {
    return program;
  }

  @Override
  public String toString() {
    return "OpenClProgram" + kernels + " on " + device.info().name();
  }
}
