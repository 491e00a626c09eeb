package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;

/** {@code loop.sym {name = "N"} : index}: the run-time value of a dim symbol, bound at entry. */
public final class SymOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "loop.sym";

  /** Creates the op from its state; used by the registry. */
  public SymOp(OperationState state) {
    super(state);
  }

  /** Creates the value of symbol {@code name}. */
  public static Value create(OpBuilder b, Location loc, String name) {
    return b.create(new OperationState(NAME, loc).attr("name", Attribute.of(name)).results(Type.index())).result();
  }

  /** The symbol. */
  public String symbol() {
    return stringAttr("name");
  }
}
