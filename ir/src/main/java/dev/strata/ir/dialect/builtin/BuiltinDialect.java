package dev.strata.ir.dialect.builtin;

import dev.strata.ir.core.Dialect;
import dev.strata.ir.core.OpRegistry;

/** Modules and functions. */
public final class BuiltinDialect implements Dialect {
  @Override
  public String name() {
    return "builtin";
  }

  @Override
  public void registerOps(OpRegistry registry) {
    registry.register(ModuleOp.NAME, ModuleOp::new);
    registry.register(FuncOp.NAME, FuncOp::new);
    registry.register(ReturnOp.NAME, ReturnOp::new);
  }
}
