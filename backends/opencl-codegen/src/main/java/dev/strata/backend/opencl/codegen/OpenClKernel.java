package dev.strata.backend.opencl.codegen;

import java.util.List;
import java.util.Objects;

/**
 * One kernel as a complete OpenCL C program.
 *
 * @param name the kernel's name in {@code source}, the {@code gpu.func}'s symbol
 * @param source the program: the helper functions the kernel needs, then the kernel
 * @param params how the host passes each argument, in the {@code gpu.func}'s argument order
 * @param workgroupSize the threads per work-group the kernel must be launched with (its {@code
 *     reqd_work_group_size}); the global size is the number of work-groups times this
 * @param requires the optional device features the program needs, such as {@code "fp64"}
 * @param traps whether the kernel takes one more parameter after {@code params}: the trap flag,
 *     a {@code __global int*} to a zero the kernel sets where Java would throw (see {@code
 *     gpu.func}'s {@code traps})
 */
public record OpenClKernel(String name, String source, List<ParamKind> params, long workgroupSize,
    List<String> requires, boolean traps) {
  /** Copies the lists and checks the fields. */
  public OpenClKernel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    params = List.copyOf(params);
    requires = List.copyOf(requires);
    if (workgroupSize <= 0) {
      throw new IllegalArgumentException("workgroup size must be positive: " + workgroupSize);
    }
  }
}
