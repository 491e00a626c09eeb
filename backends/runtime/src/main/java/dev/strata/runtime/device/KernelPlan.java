package dev.strata.runtime.device;

import java.util.List;

/**
 * The groups of one compiled kernel method, in the order they run; a static constant of the
 * generated class.
 *
 * @param kernel the kernel's qualified name, e.g. {@code "Nn.softmax"}
 * @param groups its groups by index
 */
public record KernelPlan(String kernel, List<GroupPlan> groups) {
  /** Copies the group list. */
  public KernelPlan {
    groups = List.copyOf(groups);
  }

  /**
   * A plan of {@code groups}.
   *
   * @param kernel the kernel's qualified name
   * @param groups its groups in index order
   * @return the plan
   */
  public static KernelPlan of(String kernel, GroupPlan... groups) {
    return new KernelPlan(kernel, List.of(groups));
  }
}
