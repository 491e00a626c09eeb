package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Value;

/** {@code loop.random(%out, %seed) {normal = false}}: fills a buffer from the counter-based stream of {@code Tensor.rand}. */
public final class LoopRandomOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.random";

  /** Creates the op from its state; used by the registry. */
  public LoopRandomOp(OperationState state) {
    super(state);
  }

  /** Fills {@code out} from {@code seed}. */
  public static void create(OpBuilder b, Location loc, Value out, Value seed, boolean normal) {
    b.create(new OperationState(NAME, loc).operands(out, seed).attr("normal", Attribute.of(normal)));
  }

  /** Whether the distribution is the standard normal. */
  public boolean normal() {
    return boolAttr("normal");
  }
}
