package dev.strata.device;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DeviceBackend#discover()} found.
 *
 * @param devices the usable devices, best first; may be empty
 * @param reason why there are no devices (the missing library, the empty platform list); empty
 *     when {@code devices} is not
 */
public record Discovery(List<Device> devices, String reason) {
  /** Copies the device list. */
  public Discovery {
    devices = List.copyOf(devices);
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A discovery that found nothing.
   *
   * @param reason why
   * @return the empty discovery
   */
  public static Discovery none(String reason) {
    return new Discovery(List.of(), reason);
  }
}
