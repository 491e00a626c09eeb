package dev.strata.examples;

import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** {@code Math} functions of a kernel's scalars, computed as Java computes them. */
public final class MathFunctions {
  private MathFunctions() {}

  @Kernel
  public static Tensor rounding(@Shape({"N"}) Tensor x, float a, double b) {
    int r = Math.round(a);
    long q = Math.round(b);
    return x.mul(r).add(q).add(Math.rint(b)).add(Math.signum(a));
  }

  @Kernel
  public static Tensor transcendental(@Shape(value = {"N"}, dtype = dev.strata.DType.F64) Tensor x, double a,
      double b) {
    double h = Math.hypot(a, b) + Math.atan2(a, b) + Math.cbrt(b) + Math.log10(Math.abs(b) + 1);
    double s = Math.sinh(a / 10) + Math.cosh(b / 10) + Math.atan(a) + Math.toDegrees(Math.asin(0.5));
    double t = Math.log1p(Math.abs(a)) + Math.expm1(b / 100) + Math.acos(-0.25) + Math.toRadians(a);
    return x.mul(h).add(s).sub(t);
  }

  /** Constant arguments fold at compile time, to the same value. */
  @Kernel
  public static Tensor folded(@Shape({"N"}) Tensor x) {
    return x.add(Math.round(2.5f)).add(Math.round(-2.5)).add(Math.hypot(3, 4)).add(Math.signum(-0.0));
  }

  /** Math's integer divisions: they throw on a zero divisor where Java calls them, and only there. */
  @Kernel
  public static Tensor divisions(@Shape(value = {"N"}, dtype = dev.strata.DType.F64) Tensor x, int a, int b, long c) {
    long q = Math.floorDiv(a, b) + Math.floorMod(a, b) + Math.ceilDiv(c, b) + Math.floorMod(c, 7);
    return x.add(q);
  }

  @Kernel
  public static Tensor guardedDivisions(@Shape(value = {"N"}, dtype = dev.strata.DType.F64) Tensor x, int a, int b) {
    int q = b != 0 ? Math.floorDiv(a, b) : Math.floorMod(a, 5);
    return x.add(q);
  }
}
