package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.util.List;

/**
 * {@code loop.matmul(%a, %b, %out) {transpose_a = false, transpose_b = true}}: {@code numpy.matmul}
 * of two buffers into {@code out}, by the back end's GEMM library. A transposed operand is read
 * through swapped strides, so {@code q.matmul(k.t())} copies nothing.
 */
public final class LoopMatmulOp extends Operation {
  /** The op name. */
  public static final String NAME = "loop.matmul";

  /** Creates the op from its state; used by the registry. */
  public LoopMatmulOp(OperationState state) {
    super(state);
  }

  /** Multiplies {@code a} and {@code b} into {@code out}. */
  public static void create(OpBuilder b, Location loc, Value a, boolean transposeA, Value bb,
      boolean transposeB, Value out) {
    b.create(new OperationState(NAME, loc).operands(a, bb, out)
        .attr("transpose_a", Attribute.of(transposeA)).attr("transpose_b", Attribute.of(transposeB)));
  }

  /** Whether {@code a} is read transposed in its last two axes. */
  public boolean transposeA() {
    return boolAttr("transpose_a");
  }

  /** Whether {@code b} is read transposed in its last two axes. */
  public boolean transposeB() {
    return boolAttr("transpose_b");
  }

  /** The dim the product sums over: the last of {@code a}, or its second-to-last when transposed. */
  public Dim contracted() {
    List<Dim> a = ((Type.Buffer) operand(0).type()).shape();
    return a.size() == 1 ? a.getFirst() : a.get(a.size() - (transposeA() ? 2 : 1));
  }

  @Override
  public String verify() {
    return operands().size() == 3 && operands().stream().allMatch(v -> v.type() instanceof Type.Buffer)
        ? null : "loop.matmul takes three buffers";
  }
}
