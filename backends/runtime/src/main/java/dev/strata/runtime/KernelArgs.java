package dev.strata.runtime;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * The checks a generated kernel method makes before any work: dtype and rank of each tensor
 * argument and each symbolic dim bound once and equal everywhere it appears, with exceptions that
 * name the parameter, the expected and the actual shape.
 */
public final class KernelArgs {
  private KernelArgs() {}

  /** Checks {@code t}'s dtype and rank; {@code contract} is the declared shape, e.g. {@code F32[N, D]}. */
  public static Tensor require(Tensor t, String param, DType dtype, int rank, String contract) {
    Objects.requireNonNull(t, param);
    if (t.dtype() != dtype || t.rank() != rank) {
      throw new IllegalArgumentException(param + ": expected " + contract + " but got " + describe(t));
    }
    return t;
  }

  /** Checks that axis {@code axis} of {@code t} has the fixed size {@code expected}. */
  public static void fixedDim(Tensor t, String param, int axis, long expected, String contract) {
    if (t.dim(axis) != expected) {
      throw new IllegalArgumentException(param + ": expected " + contract + " but got " + describe(t)
          + " (axis " + axis + " must be " + expected + ")");
    }
  }

  /**
   * Checks that axis {@code axis} of {@code t} equals the value already bound to {@code symbol};
   * {@code bound} is that value.
   */
  public static void boundDim(Tensor t, String param, int axis, String symbol, long bound, String contract) {
    if (t.dim(axis) != bound) {
      throw new IllegalArgumentException(param + ": expected " + contract + " with " + symbol + " = " + bound
          + " but got " + describe(t));
    }
  }

  /** Checks a dim equality that shape inference requires at run time ({@code N == M}). */
  public static void sameDim(String lhs, long lhsValue, String rhs, long rhsValue, String kernel) {
    if (lhsValue != rhsValue) {
      throw new IllegalArgumentException(kernel + ": dims " + lhs + " = " + lhsValue + " and " + rhs + " = "
          + rhsValue + " must be equal");
    }
  }

  /**
   * Checks that two dims meeting in an elementwise broadcast are compatible at run time
   * ({@code N ~ M}): equal, or one of them 1, as NumPy requires.
   */
  public static void broadcastableDims(String lhs, long lhsValue, String rhs, long rhsValue, String kernel) {
    if (lhsValue != rhsValue && lhsValue != 1 && rhsValue != 1) {
      throw new IllegalArgumentException(kernel + ": dims " + lhs + " = " + lhsValue + " and " + rhs + " = "
          + rhsValue + " cannot be broadcast: they must be equal or one of them 1");
    }
  }

  /**
   * The elements of the largest of {@code shapes}: what a group reading and writing buffers of
   * these shapes touches, which placement weighs against launching it.
   *
   * @param shapes the shapes of the buffers a group touches
   * @return the largest element count, 0 for none
   */
  public static long largest(long[]... shapes) {
    long most = 0;
    for (long[] shape : shapes) {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      most = Math.max(most, n);
    }
    return most;
  }

  /** The number of elements of a new buffer, checked to fit a Java array. */
  public static int size(long... dims) {
    long n = 1;
    for (long d : dims) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dim in " + Arrays.toString(dims));
      }
      n = Math.multiplyExact(n, d);
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a result of shape " + Arrays.toString(dims)
          + " has more elements than a Java array can hold");
    }
    return (int) n;
  }

  private static String describe(Tensor t) {
    return t.dtype() + Arrays.toString(t.shape());
  }
}
