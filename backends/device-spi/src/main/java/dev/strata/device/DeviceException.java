package dev.strata.device;

import java.util.Objects;

/**
 * A failure on a device. The dispatcher answers it by running the same group on the CPU (or, in
 * strict mode, by throwing), so the message must say what failed in words a user can act on.
 */
public final class DeviceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The program did not compile; the message holds the build log. */
    BUILD,
    /** The kernel could not be launched or failed while running. */
    LAUNCH,
    /** The device ran out of memory or another resource. */
    OUT_OF_RESOURCES,
    /** A copy between host and device failed. */
    TRANSFER
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind what went wrong
   * @param message the details (the build log for {@link Kind#BUILD})
   * @param cause the driver's exception, or {@code null}
   */
  public DeviceException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * What went wrong.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }
}
