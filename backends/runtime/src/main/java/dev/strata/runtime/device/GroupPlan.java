package dev.strata.runtime.device;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One group of a compiled kernel: either a device kernel (with its source for each back end that
 * could lower it) or CPU-only work with the reason.
 *
 * @param index the group's index within the kernel
 * @param description what the group computes, e.g. {@code "row loop: max, exp, sum, div (F32)"}
 * @param kernelName the device kernel's name, or {@code null} for CPU-only groups
 * @param sources the kernel's program source by back-end name (e.g. {@code "opencl"})
 * @param written for each kernel parameter, whether the kernel writes it (buffers only)
 * @param workgroupSize threads per work-group
 * @param requires optional device features the kernel needs ({@code "fp64"})
 * @param traps whether the kernel takes a trap flag after its parameters: it divides by values it
 *     reads (or raises integers to powers), and sets the flag where Java would throw, so that the
 *     group reruns on the CPU, which throws as Java does
 * @param cpuOnly why no device can run this group, or {@code null} for device kernels
 */
public record GroupPlan(int index, String description, String kernelName, Map<String, String> sources,
    List<Boolean> written, long workgroupSize, List<String> requires, boolean traps, String cpuOnly) {

  /** Copies the collections. */
  public GroupPlan {
    Objects.requireNonNull(description, "description");
    sources = Map.copyOf(sources);
    written = List.copyOf(written);
    requires = List.copyOf(requires);
  }

  /**
   * A device kernel.
   *
   * @param index the group index
   * @param description what it computes
   * @param kernelName the kernel's name in its program
   * @param sources program source by back end
   * @param written which parameters the kernel writes
   * @param workgroupSize threads per work-group
   * @param requires optional features needed
   * @return the plan
   */
  public static GroupPlan kernel(int index, String description, String kernelName, Map<String, String> sources,
      List<Boolean> written, long workgroupSize, List<String> requires) {
    return kernel(index, description, kernelName, sources, written, workgroupSize, requires, false);
  }

  /**
   * A device kernel that may {@linkplain #traps() trap}.
   *
   * @param index the group index
   * @param description what it computes
   * @param kernelName the kernel's name in its program
   * @param sources program source by back end
   * @param written which parameters the kernel writes
   * @param workgroupSize threads per work-group
   * @param requires optional features needed
   * @param traps whether it takes the trap flag
   * @return the plan
   */
  public static GroupPlan kernel(int index, String description, String kernelName, Map<String, String> sources,
      List<Boolean> written, long workgroupSize, List<String> requires, boolean traps) {
    return new GroupPlan(index, description, kernelName, sources, written, workgroupSize, requires, traps,
        null);
  }

  /**
   * A group only the CPU runs.
   *
   * @param index the group index
   * @param description what it computes
   * @param reason why no device can
   * @return the plan
   */
  public static GroupPlan cpuOnly(int index, String description, String reason) {
    return new GroupPlan(index, description, null, Map.of(), List.of(), 0, List.of(), false, reason);
  }
}
