package dev.strata.ir.dialect.arith;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * {@code math.java(%x, %y) {fn = "hypot"} : f64}: the {@code java.lang.Math} function {@code fn}
 * of scalars, the overload whose parameter types are the operands' kinds, with exactly Java's
 * result. For the functions that have no {@link UnaryKind} (rounding, {@code signum}, the inverse
 * and hyperbolic functions, {@code hypot}, {@code cbrt}, ...): computed on the host, where a
 * kernel's scalars are, so no back end needs a vector or device form of it.
 */
public final class JavaMathOp extends Operation implements Traits.Pure {
  /** The op name. */
  public static final String NAME = "math.java";

  /**
   * The functions it may name: those of {@code Math} on numbers that cannot throw, and the
   * integer divisions of {@link #DIVIDING}.
   */
  public static final Set<String> FUNCTIONS = Set.of("round", "rint", "signum", "log10", "log1p", "expm1",
      "sinh", "cosh", "asin", "acos", "atan", "atan2", "hypot", "cbrt", "toRadians", "toDegrees",
      "floorDiv", "floorMod", "ceilDiv", "ceilMod");

  /**
   * The functions whose second argument divides, so that Java throws {@code ArithmeticException}
   * for a zero there: the front end gives them a harmless divisor where Java would not call them.
   */
  public static final Set<String> DIVIDING = Set.of("floorDiv", "floorMod", "ceilDiv", "ceilMod");

  /** Creates the op from its state; used by the registry. */
  public JavaMathOp(OperationState state) {
    super(state);
  }

  /** Creates {@code Math.fn(args)} giving {@code result}. */
  public static Value create(OpBuilder b, Location loc, String fn, List<Value> args, ScalarKind result) {
    return b.create(new OperationState(NAME, loc).operands(args).attr("fn", Attribute.of(fn))
        .results(Type.scalar(result))).result();
  }

  /** The function's name in {@code java.lang.Math}. */
  public String function() {
    return stringAttr("fn");
  }

  /**
   * The {@code Math} method of {@code fn} taking {@code kinds}, or null when there is none.
   *
   * @param fn the function's name
   * @param kinds the parameter kinds
   * @return the method
   */
  public static Method method(String fn, List<ScalarKind> kinds) {
    if (!FUNCTIONS.contains(fn)) {
      return null;
    }
    Class<?>[] types = new Class<?>[kinds.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = switch (kinds.get(i)) {
        case F32 -> float.class;
        case F64 -> double.class;
        case I32 -> int.class;
        case I64 -> long.class;
        default -> null;
      };
      if (types[i] == null) {
        return null;
      }
    }
    try {
      return Math.class.getMethod(fn, types);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @Override
  public String verify() {
    if (!(attr("fn") instanceof Attribute.StringAttr)) {
      return "math.java needs a function name";
    }
    List<ScalarKind> kinds = operands().stream()
        .map(v -> v.type() instanceof Type.Scalar s ? s.kind() : null).toList();
    Method m = kinds.contains(null) ? null : method(function(), kinds);
    if (m == null) {
      return "math.java: Math." + function() + " of " + kinds + " is not a supported function";
    }
    return result().type().equals(Type.scalar(kindOf(m.getReturnType()))) ? null
        : "math.java: Math." + function() + " gives " + m.getReturnType();
  }

  /** The scalar kind of a primitive type. */
  static ScalarKind kindOf(Class<?> type) {
    if (type == float.class) {
      return ScalarKind.F32;
    }
    if (type == double.class) {
      return ScalarKind.F64;
    }
    return type == int.class ? ScalarKind.I32 : ScalarKind.I64;
  }
}
