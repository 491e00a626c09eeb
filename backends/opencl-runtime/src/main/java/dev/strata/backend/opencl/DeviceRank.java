package dev.strata.backend.opencl;

import java.util.Comparator;
import org.jocl.CL;

/**
 * Where a device stands in discovery's best-first order: GPUs before accelerators before CPUs,
 * and within a type, more compute units first.
 *
 * @param type the device's {@code CL_DEVICE_TYPE} bit field
 * @param computeUnits its {@code CL_DEVICE_MAX_COMPUTE_UNITS}
 */
record DeviceRank(long type, int computeUnits) {
  /** Orders ranks best first; ties keep their discovery order when the sort is stable. */
  static final Comparator<DeviceRank> BEST_FIRST =
      Comparator.comparingInt(DeviceRank::typeOrder)
          .thenComparing(Comparator.comparingInt(DeviceRank::computeUnits).reversed());

  /** 0 for GPUs, 1 for accelerators, 2 for CPUs, 3 for anything else. */
  int typeOrder() {
    if ((type & CL.CL_DEVICE_TYPE_GPU) != 0) {
      return 0;
    }
    if ((type & CL.CL_DEVICE_TYPE_ACCELERATOR) != 0) {
      return 1;
    }
    if ((type & CL.CL_DEVICE_TYPE_CPU) != 0) {
      return 2;
    }
    return 3;
  }

  /** A word for the type, for logs. */
  String typeName() {
    return switch (typeOrder()) {
      case 0 -> "GPU";
      case 1 -> "accelerator";
      case 2 -> "CPU";
      default -> "other";
    };
  }
}
