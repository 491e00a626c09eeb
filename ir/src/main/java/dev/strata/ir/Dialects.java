package dev.strata.ir;

import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.arith.ArithDialect;
import dev.strata.ir.dialect.builtin.BuiltinDialect;
import dev.strata.ir.dialect.gpu.GpuDialect;
import dev.strata.ir.dialect.loop.LoopDialect;
import dev.strata.ir.dialect.tensor.TensorDialect;

/** The registry of every dialect Strata knows. */
public final class Dialects {
  private Dialects() {}

  /** A registry with all of Strata's dialects. */
  public static OpRegistry all() {
    return new OpRegistry().add(new BuiltinDialect()).add(new ArithDialect()).add(new TensorDialect())
        .add(new LoopDialect()).add(new GpuDialect());
  }
}
