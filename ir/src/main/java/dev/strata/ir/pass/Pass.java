package dev.strata.ir.pass;

import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostics;

/**
 * A transformation of a module. A pass never throws to say "unsupported": it reports a
 * diagnostic at the op's location and returns false.
 */
public interface Pass {
  /** The pass's name, as used in pass lists of lit tests ({@code canonicalize}, {@code cse}). */
  String name();

  /** Runs the pass; returns false after reporting errors to {@code diagnostics}. */
  boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics);
}
