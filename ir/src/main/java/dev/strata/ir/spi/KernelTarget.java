package dev.strata.ir.spi;

import dev.strata.ir.conversion.looptogpu.GpuSupport;
import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.List;

/**
 * A device target at compile time, found through {@link java.util.ServiceLoader} on the annotation
 * processor's path: what it can run, and the programs it emits for the {@code gpu.func} kernels of
 * a module.
 */
public interface KernelTarget {
  /**
   * The target's name, the same as its run-time back end's ({@code "opencl"}).
   *
   * @return the name
   */
  String name();

  /**
   * The ops its kernels can hold.
   *
   * @return the target's capabilities
   */
  default GpuSupport support() {
    return GpuSupport.portable();
  }

  /**
   * One program per {@code gpu.func} of {@code module}.
   *
   * @param module a module after the GPU pipeline
   * @return the programs, by kernel
   */
  List<TargetProgram> emit(ModuleOp module);

  /**
   * The program of one kernel.
   *
   * @param kernel the {@code gpu.func}'s name
   * @param source the complete program text in the target's language
   */
  record TargetProgram(String kernel, String source) {}
}
