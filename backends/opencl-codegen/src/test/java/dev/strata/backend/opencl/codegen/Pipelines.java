package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ir.Dialects;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import dev.strata.ir.pass.PassManager;
import dev.strata.ir.pass.Passes;
import dev.strata.ir.text.Parser;
import java.util.ArrayList;
import java.util.List;

/** Parses IR text and lowers it to the gpu stage, as the processor's pipeline does. */
final class Pipelines {
  static final OpRegistry REGISTRY = Dialects.all();

  private Pipelines() {}

  /** Tensor-level IR through the tensor, loop and gpu pipelines. */
  static ModuleOp fromTensors(String text) {
    List<Pass> passes = new ArrayList<>(Passes.tensorPipeline());
    passes.addAll(Passes.loopPipeline());
    passes.addAll(Passes.gpuPipeline());
    return run(text, passes);
  }

  /** Loop-level IR through the gpu pipeline only. */
  static ModuleOp fromLoops(String text) {
    return run(text, Passes.gpuPipeline());
  }

  /** IR already at the gpu stage, parsed and nothing more. */
  static ModuleOp parse(String text) {
    return (ModuleOp) Parser.parse(text, REGISTRY);
  }

  private static ModuleOp run(String text, List<Pass> passes) {
    ModuleOp module = parse(text);
    PassManager pm = new PassManager(REGISTRY);
    passes.forEach(pm::add);
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(pm.run(module, diagnostics), () -> "passes failed: " + diagnostics.errors());
    return module;
  }
}
