package dev.strata.processor.frontend;

import dev.strata.ir.core.Dim;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Dims seen as products of factors, which {@link Dim}'s own simplification does not reorder:
 * used to infer the {@code -1} of a reshape ({@code [B, H, W]} reshaped to {@code [B, -1]} gives
 * {@code H * W}) and to drop run-time checks that hold by construction
 * ({@code (B * H) * W == B * (H * W)}).
 */
final class DimFactors {
  private DimFactors() {}

  /** {@code product(numerator) / product(denominator)}, cancelling common factors first. */
  static Dim quotient(List<Dim> numerator, List<Dim> denominator) {
    List<Dim> top = new ArrayList<>();
    List<Dim> bottom = new ArrayList<>();
    long topConst = factors(numerator, top);
    long bottomConst = factors(denominator, bottom);
    for (Iterator<Dim> it = bottom.iterator(); it.hasNext(); ) {
      if (top.remove(it.next())) {
        it.remove();
      }
    }
    if (bottomConst != 0 && topConst % bottomConst == 0) {
      topConst /= bottomConst;
      bottomConst = 1;
    }
    top.add(Dim.of(topConst));
    bottom.add(Dim.of(bottomConst));
    return Dim.apply(Dim.Op.DIV, Dim.product(top), Dim.product(bottom));
  }

  /** Whether {@code a} and {@code b} are products of the same factors. */
  static boolean sameProduct(Dim a, Dim b) {
    List<Dim> fa = new ArrayList<>();
    List<Dim> fb = new ArrayList<>();
    if (factors(List.of(a), fa) != factors(List.of(b), fb) || fa.size() != fb.size()) {
      return false;
    }
    for (Dim d : fb) {
      if (!fa.remove(d)) {
        return false;
      }
    }
    return fa.isEmpty();
  }

  /** Adds the symbolic factors of {@code dims} to {@code out}; returns their constant factor. */
  private static long factors(List<Dim> dims, List<Dim> out) {
    long constant = 1;
    for (Dim d : dims) {
      if (d instanceof Dim.Expr e && e.op() == Dim.Op.MUL) {
        constant *= factors(List.of(e.lhs(), e.rhs()), out);
      } else if (d.isConst()) {
        constant *= d.value();
      } else {
        out.add(d);
      }
    }
    return constant;
  }
}
