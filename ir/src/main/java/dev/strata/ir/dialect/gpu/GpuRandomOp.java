package dev.strata.ir.dialect.gpu;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.util.Set;

/**
 * {@code gpu.random(%seed, %index) {normal = false, precision = 24} : f32}: element {@code index}
 * of the counter-based stream {@code seed} behind {@code Tensor.rand} and {@code Tensor.randn}
 * ({@code dev.strata.internal.RandomStream}), computed by the thread itself. Uniform values keep
 * {@code precision} random bits (53, 24, 11 or 8) and are exact in the result type ({@code f64}
 * for 53 bits, else {@code f32}); normal values are the Box–Muller transform in {@code f64}, whose
 * {@code log} and {@code cos} are the device's (within a few ulps of Java's).
 */
public final class GpuRandomOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "gpu.random";

  private static final Set<Long> PRECISIONS = Set.of(8L, 11L, 24L, 53L);

  /** Creates the op from its state; used by the registry. */
  public GpuRandomOp(OperationState state) {
    super(state);
  }

  /**
   * Element {@code index} of stream {@code seed}: standard normal when {@code normal}, else
   * uniform in {@code [0, 1)} with {@code precision} bits.
   */
  public static Value create(OpBuilder b, Location loc, Value seed, Value index, boolean normal, int precision) {
    ScalarKind kind = normal || precision > 24 ? ScalarKind.F64 : ScalarKind.F32;
    return b.create(new OperationState(NAME, loc).operands(seed, index)
        .attr("normal", Attribute.of(normal)).attr("precision", Attribute.of((long) precision))
        .results(Type.scalar(kind))).result();
  }

  /** Whether the values are standard normal rather than uniform. */
  public boolean normal() {
    return boolAttr("normal");
  }

  /** The random bits of a uniform value. */
  public int precision() {
    return (int) intAttr("precision");
  }

  @Override
  public String verify() {
    if (operands().size() != 2 || !operand(0).type().equals(Type.scalar(ScalarKind.I64))
        || !operand(1).type().equals(Type.index())) {
      return "gpu.random takes an i64 seed and an index";
    }
    if (!(attr("normal") instanceof Attribute.BoolAttr) || !(attr("precision") instanceof Attribute.IntAttr p)
        || !PRECISIONS.contains(p.value())) {
      return "gpu.random needs normal = true or false and a precision of 8, 11, 24 or 53";
    }
    ScalarKind want = normal() || precision() > 24 ? ScalarKind.F64 : ScalarKind.F32;
    if (!result().type().equals(Type.scalar(want))) {
      return "gpu.random gives " + want.irName() + " here";
    }
    return ancestor(GpuFuncOp.class).isPresent() ? null : "gpu.random is only valid inside gpu.func";
  }
}
