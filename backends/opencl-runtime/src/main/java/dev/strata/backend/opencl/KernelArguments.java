package dev.strata.backend.opencl;

import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;

/** Checks a launch's arguments and sets them on a kernel object. */
final class KernelArguments {
  private KernelArguments() {}

  /**
   * Checks every argument's type and, for buffers, owner and state.
   *
   * @param device the launching device
   * @param args the arguments
   * @throws IllegalArgumentException for an unsupported type or another device's buffer
   * @throws IllegalStateException for a closed buffer
   */
  static void check(OpenClDevice device, Object[] args) {
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case OpenClBuffer buffer when buffer.device() == device -> {
          if (buffer.isClosed()) {
            throw new IllegalStateException("kernel argument " + i + " is a closed buffer");
          }
        }
        case DeviceBuffer buffer -> throw new IllegalArgumentException("kernel argument " + i
            + " is a buffer of another device or back end: " + buffer);
        case Integer v -> { }
        case Long v -> { }
        case Float v -> { }
        case Double v -> { }
        case null -> throw new IllegalArgumentException("kernel argument " + i + " is null");
        default -> throw new IllegalArgumentException("kernel argument " + i
            + " has unsupported type " + args[i].getClass().getName()
            + "; expected a DeviceBuffer, Integer, Long, Float or Double");
      }
    }
  }

  /**
   * Sets checked arguments on a kernel object that no other thread uses.
   *
   * @param kernel the kernel object
   * @param kernelName its name, for messages
   * @param args arguments that passed {@link #check}
   * @throws DeviceException of kind {@link DeviceException.Kind#LAUNCH} when the kernel refuses
   *     one, e.g. for a size that does not match its parameter
   */
  static void set(cl_kernel kernel, String kernelName, Object[] args) throws DeviceException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      long size = switch (arg) {
        case OpenClBuffer b -> Sizeof.cl_mem;
        case Integer v -> Sizeof.cl_int;
        case Long v -> Sizeof.cl_long;
        case Float v -> Sizeof.cl_float;
        case Double v -> Sizeof.cl_double;
        default -> throw new IllegalArgumentException("kernel argument " + i + " was not checked");
      };
      Pointer value = switch (arg) {
        case OpenClBuffer b -> Pointer.to(b.memory());
        case Integer v -> Pointer.to(new int[] {v});
        case Long v -> Pointer.to(new long[] {v});
        case Float v -> Pointer.to(new float[] {v});
        case Double v -> Pointer.to(new double[] {v});
        default -> throw new IllegalArgumentException("kernel argument " + i + " was not checked");
      };
      try {
        ClStatus.check(CL.clSetKernelArg(kernel, i, size, value), "clSetKernelArg");
      } catch (CLException e) {
        throw new DeviceException(DeviceException.Kind.LAUNCH, "kernel '" + kernelName
            + "' refused argument " + i + " (" + args[i].getClass().getSimpleName() + "): "
            + ClStatus.name(e.getStatus()), e);
      }
    }
  }
}
