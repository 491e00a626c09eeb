package dev.strata.examples;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** Kernels whose Java semantics rest on the JVM: integer division by zero throws. */
public final class JavaSemantics {
  private JavaSemantics() {}

  @Kernel
  public static Tensor divideBy(@Shape(value = {"N"}, dtype = DType.I32) Tensor x, int divisor) {
    return x.div(divisor);
  }

  @Kernel
  public static Tensor sumOverDivisor(@Shape(value = {"N"}, dtype = DType.I32) Tensor x,
      @Shape(value = {"N"}, dtype = DType.I32) Tensor y) {
    return x.add(y).div(y);
  }

  // The IR computes both sides of a branch; only a division Java runs may throw.

  @Kernel
  public static Tensor ternaryGuard(@Shape({"N"}) Tensor x, int n) {
    int q = n == 0 ? 0 : 10 / n;
    return x.add(q);
  }

  @Kernel
  public static Tensor ifGuard(@Shape({"N"}) Tensor x, int n) {
    Tensor y = x;
    if (n != 0) {
      y = x.add(10 % n);
    } else if (n == 0) {
      y = x.mul(2);
    }
    return y;
  }

  @Kernel
  public static Tensor shortCircuitGuard(@Shape({"N"}) Tensor x, long n) {
    boolean big = n != 0 && 10 / n > 2;
    boolean small = n == 0 || 10 / n < 2;
    return big ? x.mul(2) : small ? x.sub(1) : x;
  }

  @Kernel
  public static Tensor tensorGuard(@Shape(value = {"N"}, dtype = DType.I32) Tensor x, int n) {
    return n != 0 ? x.div(n) : x.pow(Tensor.ones(DType.I32, 1).mul(n - 1));
  }

  @Kernel
  public static Tensor inlinedGuard(@Shape({"N"}) Tensor x, int n) {
    if (n > 0) {
      return ternaryGuard(x, 10 / n);
    }
    return x;
  }

  @Kernel
  public static Tensor takenBranchThrows(@Shape({"N"}) Tensor x, int n) {
    return n > -100 ? x.add(10 / n) : x;
  }

  /** byte locals wrap like Java's: narrowing casts and compound assignments, int arithmetic. */
  @Kernel
  public static Tensor byteLocals(@Shape({"N"}) Tensor x, int n) {
    byte b = (byte) (n * 100);
    b += 100;
    byte c = 7;
    int s = b + c;
    return x.add(s).add(b);
  }

  /** Shifts of int, long and byte scalars: counts masked to their low bits, >>> zero-filling. */
  @Kernel
  public static Tensor shifts(@Shape(value = {"N"}, dtype = DType.F64) Tensor x, int k, long m) {
    int a = (k << 3) ^ (k >>> 1) ^ (k >> 33);
    long b = ((long) k << 40 >> 3) + (m >>> k) + (m << 65);
    byte c = (byte) k;
    c <<= 2;
    c >>>= 1;
    return x.add(a).add(b).add(c).add(1 << 31);
  }
}
