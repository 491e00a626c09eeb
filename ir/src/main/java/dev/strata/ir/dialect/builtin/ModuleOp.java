package dev.strata.ir.dialect.builtin;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import java.util.List;

/** {@code builtin.module}: the top-level container of functions. */
public final class ModuleOp extends Operation implements Traits.IsolatedFromAbove {
  /** The op name. */
  public static final String NAME = "builtin.module";

  /** Creates the op from its state; used by the registry. */
  public ModuleOp(OperationState state) {
    super(state);
  }

  /** A new, empty, detached module. */
  public static ModuleOp create() {
    return new ModuleOp(new OperationState(NAME, Location.UNKNOWN).region(new Block()));
  }

  /** The functions in this module. */
  public List<FuncOp> functions() {
    return body(0).operations().stream().filter(FuncOp.class::isInstance)
        .map(FuncOp.class::cast).toList();
  }

  /** The function called {@code name}, or null. */
  public FuncOp function(String name) {
    return functions().stream().filter(f -> f.symbolName().equals(name)).findFirst().orElse(null);
  }

  @Override
  public String verify() {
    return regions().size() == 1 && operands().isEmpty() && results().isEmpty()
        ? null : "builtin.module takes one region and no operands or results";
  }
}
