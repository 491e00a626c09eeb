package dev.strata.backend.cpu.codegen;

import dev.strata.ir.core.Dim;
import java.util.List;
import java.util.stream.Collectors;

/** Java expressions for dims, with each symbol bound to a local {@code dim_<name>}. */
public final class DimCode {
  private DimCode() {}

  /** The local holding symbol {@code name}. */
  public static String symbol(String name) {
    return "dim_" + name;
  }

  /** An {@code int} expression for {@code d}. */
  public static String of(Dim d) {
    return switch (d) {
      case Dim.Const c -> Long.toString(c.value());
      case Dim.Sym s -> symbol(s.name());
      case Dim.Expr e -> {
        String a = of(e.lhs());
        String b = of(e.rhs());
        yield switch (e.op()) {
          case ADD -> "(" + a + " + " + b + ")";
          case SUB -> "Math.max(0, " + a + " - " + b + ")";
          case MUL -> "(" + a + " * " + b + ")";
          case DIV -> "Math.floorDiv(" + a + ", " + b + ")";
          case MIN -> "Math.min(" + a + ", " + b + ")";
          case MAX -> "Math.max(" + a + ", " + b + ")";
          case BCAST -> "(" + a + " == 1 ? " + b + " : " + a + ")";
        };
      }
    };
  }

  /** {@code new long[] {d0, d1, ...}}. */
  public static String shapeArray(List<Dim> shape) {
    return shape.stream().map(DimCode::of).collect(Collectors.joining(", ", "new long[] {", "}"));
  }
}
