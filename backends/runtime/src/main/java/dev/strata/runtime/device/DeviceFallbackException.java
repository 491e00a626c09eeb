package dev.strata.runtime.device;

/**
 * Thrown in strict mode ({@code -Dstrata.strict=true}) where a group would otherwise have fallen
 * back from a device to the CPU. The message names the kernel, the group and the reason.
 */
public final class DeviceFallbackException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  DeviceFallbackException(String message) {
    super(message);
  }
}
