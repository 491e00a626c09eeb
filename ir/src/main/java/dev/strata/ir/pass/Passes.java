package dev.strata.ir.pass;

import dev.strata.ir.conversion.looptogpu.GroupReductionLowering;
import dev.strata.ir.conversion.looptogpu.LoopToGpuConversion;
import dev.strata.ir.conversion.tensortoloop.TensorToLoopConversion;
import dev.strata.ir.dialect.loop.transforms.HoistInvariantsPass;
import dev.strata.ir.dialect.tensor.transforms.FuseGroupsPass;
import dev.strata.ir.dialect.tensor.transforms.InferShapesPass;
import dev.strata.ir.dialect.tensor.transforms.SplitReductionsPass;
import dev.strata.ir.rewrite.CanonicalizePass;
import dev.strata.ir.rewrite.CsePass;
import dev.strata.ir.rewrite.DeadCodePass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Every pass by its name, and the standard pipelines from the tensor level to loops. */
public final class Passes {
  private static final Map<String, Supplier<Pass>> BY_NAME = new LinkedHashMap<>();

  static {
    register(CanonicalizePass::new);
    register(CsePass::new);
    register(DeadCodePass::new);
    register(InferShapesPass::new);
    register(SplitReductionsPass::new);
    register(FuseGroupsPass::new);
    register(TensorToLoopConversion::new);
    register(HoistInvariantsPass::new);
    register(LoopToGpuConversion::new);
    register(GroupReductionLowering::new);
  }

  private Passes() {}

  private static void register(Supplier<Pass> p) {
    BY_NAME.put(p.get().name(), p);
  }

  /** A new instance of the pass called {@code name}. */
  public static Pass byName(String name) {
    Supplier<Pass> p = BY_NAME.get(name.trim());
    if (p == null) {
      throw new IllegalArgumentException("unknown pass '" + name + "'; known: " + BY_NAME.keySet());
    }
    return p.get();
  }

  /** The tensor-level clean-up and fusion: {@code tensor} stage to {@code fused} stage. */
  public static List<Pass> tensorPipeline() {
    return List.of(new InferShapesPass(), new CanonicalizePass(), new CsePass(), new DeadCodePass(),
        new SplitReductionsPass(), new FuseGroupsPass(), new DeadCodePass());
  }

  /** Lowering of fused groups to optimised loops: {@code fused} stage to {@code loops} stage. */
  public static List<Pass> loopPipeline() {
    return List.of(new TensorToLoopConversion(), new CanonicalizePass(), new CsePass(),
        new HoistInvariantsPass(), new CsePass(), new DeadCodePass());
  }

  /**
   * Lowering of the loop level to GPU kernels beside their CPU fallbacks: {@code loops} stage to
   * {@code gpu} stage.
   */
  public static List<Pass> gpuPipeline() {
    return List.of(new LoopToGpuConversion(), new GroupReductionLowering(), new CanonicalizePass(),
        new CsePass(), new DeadCodePass());
  }
}
