package dev.strata.backend.opencl.codegen;

import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.spi.KernelTarget;
import java.util.List;

/**
 * The OpenCL target at compile time, registered for {@link java.util.ServiceLoader}: one OpenCL C
 * program per {@code gpu.func}, run at run time by the back end of the same name.
 */
public final class OpenClTarget implements KernelTarget {
  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public List<TargetProgram> emit(ModuleOp module) {
    return OpenClEmitter.emit(module).stream().map(k -> new TargetProgram(k.name(), k.source())).toList();
  }
}
