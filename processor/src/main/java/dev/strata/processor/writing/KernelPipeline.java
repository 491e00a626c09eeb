package dev.strata.processor.writing;

import dev.strata.ir.Dialects;
import dev.strata.ir.core.IRMapping;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import dev.strata.ir.pass.PassManager;
import dev.strata.ir.pass.Passes;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.strata.ir.conversion.looptogpu.GpuSupport;
import dev.strata.ir.conversion.looptogpu.LoopToGpuConversion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The named stages a kernel goes through after the front end: {@code tensor} (as built) →
 * {@code fused} (inferred, canonicalised, fused into groups) → {@code loops} (lowered and
 * optimised), each pass verified, and each stage written to the dump directory when
 * {@code -Astrata.dump} names one.
 */
public final class KernelPipeline {
  private final OpRegistry registry = Dialects.all();
  private final Path dumpDir;

  /** A pipeline that dumps each stage under {@code dumpDir}, or not at all when it is null. */
  public KernelPipeline(Path dumpDir) {
    this.dumpDir = dumpDir;
  }

  /** Runs the stages on a copy of {@code tensorFunc}; returns the loop-level function, or null on errors. */
  public FuncOp lower(FuncOp tensorFunc, String dumpPrefix, Diagnostics diagnostics) {
    ModuleOp module = lower(tensorFunc, dumpPrefix, diagnostics, null);
    return module == null ? null : module.functions().getFirst();
  }

  /**
   * Runs the stages on a copy of {@code tensorFunc}, then, when {@code gpu} is given, the GPU
   * stage ({@code gpu.func} kernels beside the host function, whose device groups become
   * launches); returns the module, or null on errors.
   */
  public ModuleOp lower(FuncOp tensorFunc, String dumpPrefix, Diagnostics diagnostics, GpuSupport gpu) {
    ModuleOp module = ModuleOp.create();
    OpBuilder b = new OpBuilder(registry).atEnd(module.body(0));
    b.clone(tensorFunc, new IRMapping());
    int[] step = {1}; // stage 0, the front end's IR, is dumped by the processor as it builds it
    List<Pass> passes = new ArrayList<>(Passes.tensorPipeline());
    passes.addAll(Passes.loopPipeline());
    if (gpu != null) {
      passes.add(new LoopToGpuConversion(gpu));
      passes.addAll(Passes.gpuPipeline().subList(1, Passes.gpuPipeline().size()));
    }
    PassManager pm = new PassManager(registry);
    passes.forEach(pm::add);
    if (dumpDir != null) {
      pm.instrument((pass, text) -> dump(dumpPrefix, (step[0]++) + "-" + pass, text));
    }
    if (!pm.run(module, diagnostics)) {
      return null;
    }
    return module;
  }

  private void dump(String prefix, String stage, String text) {
    if (dumpDir == null) {
      return;
    }
    try {
      Files.createDirectories(dumpDir);
      Files.writeString(dumpDir.resolve(prefix + "." + stage + ".mlir"), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write IR dump to " + dumpDir, e);
    }
  }
}
