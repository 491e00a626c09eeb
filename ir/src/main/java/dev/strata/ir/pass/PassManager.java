package dev.strata.ir.pass;

import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.text.Printer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs passes in order, verifying the module after each one (as MLIR does by default) and telling
 * the {@link Instrumentation} what each stage produced, which is how {@code -Astrata.dump} writes
 * the IR of every stage.
 */
public final class PassManager {
  /** Observes the IR after each pass. */
  @FunctionalInterface
  public interface Instrumentation {
    /** Called with the pass's name and the module's text after the pass ran. */
    void afterPass(String passName, String moduleText);
  }

  private final List<Pass> passes = new ArrayList<>();
  private final OpRegistry registry;
  private Instrumentation instrumentation;
  private boolean verifyEach = true;

  /** A pass manager for IR whose ops are in {@code registry}. */
  public PassManager(OpRegistry registry) {
    this.registry = registry;
  }

  /** Appends a pass. */
  public PassManager add(Pass pass) {
    passes.add(pass);
    return this;
  }

  /** Sets what observes each stage. */
  public PassManager instrument(Instrumentation instrumentation) {
    this.instrumentation = instrumentation;
    return this;
  }

  /** Turns verification after each pass on or off (on by default). */
  public PassManager verifyEach(boolean on) {
    this.verifyEach = on;
    return this;
  }

  /** The passes, in order. */
  public List<Pass> passes() {
    return List.copyOf(passes);
  }

  /**
   * Runs every pass; stops at the first one that fails. A verifier failure after a pass is an
   * internal error: it is thrown as {@link IllegalStateException} naming the pass.
   */
  public boolean run(ModuleOp module, Diagnostics diagnostics) {
    for (Pass p : passes) {
      boolean ok = p.run(module, registry, diagnostics);
      if (instrumentation != null) {
        instrumentation.afterPass(p.name(), Printer.print(module));
      }
      if (!ok || diagnostics.hasErrors()) {
        return false;
      }
      if (verifyEach) {
        List<String> problems = Verifier.verify(module);
        if (!problems.isEmpty()) {
          throw new IllegalStateException("IR is malformed after pass '" + p.name() + "':\n  "
              + String.join("\n  ", problems) + "\n" + Printer.print(module));
        }
      }
    }
    return true;
  }
}
