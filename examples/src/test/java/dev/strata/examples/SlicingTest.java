package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Slice bounds computed from dims ({@code x.dim(1) / 2}, {@code x.dim(0)}, {@code x.numel() / 2})
 * match the reference on random shapes, including empty and one-wide axes and odd sizes.
 * Tolerance: F32, rtol 1e-5 and atol 1e-6 per element; a row sum of up to 233 standard normals,
 * which the reference adds in double and the kernel in float, atol 1e-4.
 */
class SlicingTest {
  @Property(tries = 60)
  void boundsFromDimsMatchTheReference(@ForAll @IntRange(min = 0, max = 9) int n,
      @ForAll @IntRange(min = 0, max = 700) int d, @ForAll @IntRange(min = 0, max = 12) int k) {
    Tensor x = Tensor.randn(n * 1000L + d, DType.F32, n, d);
    Tensor ks = Tensor.zeros(DType.F32, k);
    same("glu", 1e-6, () -> Slicing.glu(x), () -> SlicingKernels.glu(x));
    same("dropFirstRow", 1e-6, () -> Slicing.dropFirstRow(x), () -> SlicingKernels.dropFirstRow(x));
    same("middleThird", 1e-4, () -> Slicing.middleThird(x), () -> SlicingKernels.middleThird(x));
    same("clamped", 1e-6, () -> Slicing.clamped(x), () -> SlicingKernels.clamped(x));
    same("firstRowsOfFlat", 1e-6, () -> Slicing.firstRowsOfFlat(x, ks), () -> SlicingKernels.firstRowsOfFlat(x, ks));
    same("halfOfTail", 1e-4, () -> Slicing.halfOfTail(x), () -> SlicingKernels.halfOfTail(x));
  }

  private static void same(String what, double atol, Supplier<Tensor> eager, Supplier<Tensor> compiled) {
    Tensor want = eager.get();
    Tensor got = compiled.get();
    assertArrayEquals(want.shape(), got.shape(), what + ": shape");
    assertTrue(got.allClose(want, 1e-5, atol), () -> what + ": want " + want + " got " + got);
  }
}
