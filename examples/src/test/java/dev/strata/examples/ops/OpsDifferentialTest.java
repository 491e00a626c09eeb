package dev.strata.examples.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.Tensor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Differential tests: every op and dtype of {@code Ops*}, compiled by Strata, against the eager
 * reference on random shapes (size 1, empty, sizes that are not a multiple of the vector length,
 * broadcasting, negative axes) and random values, with the tolerances of {@link Inputs#tolerance}.
 * When the reference throws, the compiled kernel must throw the same exception type.
 */
class OpsDifferentialTest {
  private static final long[] SIZES = {0, 1, 2, 3, 5, 8, 16, 17, 31, 64, 100};

  @Provide
  Arbitrary<String> kernels() {
    return Arbitraries.of(List.copyOf(new TreeMap<>(OpsSignatures.ALL).keySet()));
  }

  @Provide
  Arbitrary<Long> sizes() {
    return Arbitraries.of(SIZES[0], SIZES[1], SIZES[2], SIZES[3], SIZES[4], SIZES[5], SIZES[6], SIZES[7],
        SIZES[8], SIZES[9], SIZES[10]);
  }

  @Property(tries = 1500)
  void compiledMatchesEager(@ForAll("kernels") String kernel, @ForAll("sizes") long a, @ForAll("sizes") long b,
      @ForAll("sizes") long k, @ForAll long seed) {
    check(kernel, Map.of("A", a, "B", b, "K", k, "C", 1 + Math.floorMod(seed, 3L)), seed);
  }

  /** Every kernel at least once, on shapes that are not a multiple of any vector length. */
  @Example
  void everyKernelOnce() {
    for (String kernel : new TreeMap<>(OpsSignatures.ALL).keySet()) {
      boolean compared = check(kernel, Map.of("A", 7L, "B", 37L, "K", 19L, "C", 2L), kernel.hashCode());
      assertTrue(compared, kernel + " threw on a shape where every op is defined");
    }
  }

  /** Sizes around the vector lengths of AVX2 and AVX-512, for the vector main loops and tails. */
  @Example
  void vectorBoundaries() {
    for (String kernel : new TreeMap<>(OpsSignatures.ALL).keySet()) {
      for (long b : new long[] {15, 16, 33}) {
        check(kernel, Map.of("A", 3L, "B", b, "K", 4L, "C", 2L), kernel.hashCode() + b);
      }
    }
  }

  /**
   * Full sums and means of 16-bit tensors with many short rows round once, as the reference does:
   * rounding each row's partial sum to 16 bits drifted past the tolerance (a CI run caught
   * {@code OpsBF16.sumAll} on {@code [64, 2]}, seed 19).
   */
  @Example
  void sixteenBitFullReductionsRoundOnce() {
    for (String kernel : List.of("OpsBF16.sumAll", "OpsBF16.meanAll", "OpsF16.sumAll", "OpsF16.meanAll")) {
      for (long seed = 0; seed < 40; seed++) {
        check(kernel, Map.of("A", 64L, "B", 2L, "K", 1L, "C", 1L), seed);
        check(kernel, Map.of("A", 100L, "B", 3L, "K", 1L, "C", 1L), seed);
      }
    }
  }

  /** Compares one call; returns true when results were compared, false when both threw alike. */
  static boolean check(String kernel, Map<String, Long> dims, long seed) {
    String cls = kernel.substring(0, kernel.indexOf('.'));
    String name = kernel.substring(kernel.indexOf('.') + 1);
    List<String> params = OpsSignatures.ALL.get(kernel);
    Object[] args = Inputs.forKernel(kernel, params, dims, seed);
    Object expected;
    try {
      expected = invoke("dev.strata.examples.ops." + cls, name, args);
    } catch (RuntimeException e) {
      expected = e;
    }
    Object actual;
    try {
      actual = invoke("dev.strata.examples.ops." + cls + "Kernels", name, args);
    } catch (RuntimeException e) {
      actual = e;
    }
    String where = kernel + " " + dims + " seed " + seed;
    if (expected instanceof RuntimeException e) {
      assertTrue(actual instanceof RuntimeException, where + ": eager threw " + e + " but compiled returned " + actual);
      assertEquals(e.getClass(), actual.getClass(), where + ": eager threw " + e + ", compiled threw " + actual);
      return false;
    }
    if (actual instanceof RuntimeException e) {
      throw new AssertionError(where + ": compiled threw but eager returned " + expected, e);
    }
    Tensor want = (Tensor) expected;
    Tensor got = (Tensor) actual;
    assertEquals(want.dtype(), got.dtype(), where + ": dtype");
    assertArrayEquals(want.shape(), got.shape(), where + ": shape");
    double tol = Inputs.tolerance(want.dtype());
    for (Object arg : args) {
      if (arg instanceof Tensor t) {
        tol = Math.max(tol, Inputs.tolerance(t.dtype())); // a result is as exact as its least exact input
      }
    }
    if (!got.allClose(want, tol, tol)) {
      fail(where + ": compiled result differs beyond " + tol + "\n  eager:    " + want + "\n  compiled: " + got);
    }
    return true;
  }

  private static Object invoke(String className, String method, Object[] args) {
    try {
      Class<?> c = Class.forName(className);
      for (Method m : c.getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == args.length) {
          return m.invoke(null, args);
        }
      }
      throw new AssertionError("no method " + className + "." + method);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

}
