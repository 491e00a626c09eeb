package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Fused 16-bit intermediates are rounded like the reference's tensors: without that, adding and
 * subtracting 1000 in F16 (a step of 0.5 there) keeps digits the reference loses, and the results
 * differ by far more than a 16-bit rounding.
 */
class HalfPrecisionTest {
  @Test
  void fusedIntermediatesAreRoundedToTheirDtype() {
    Tensor x = Tensor.rand(7, DType.F32, 1000).mul(2).sub(1);
    Tensor f16 = x.to(DType.F16);
    Tensor want = HalfPrecision.cancelF16(f16, 1.5f);
    Tensor got = HalfPrecisionKernels.cancelF16(f16, 1.5f);
    assertTrue(got.allClose(want, 1e-3, 1e-3), () -> "want " + want + "\ngot  " + got);
    Tensor bf16 = x.to(DType.BF16);
    Tensor wantB = HalfPrecision.cancelBf16(bf16, 1.5f);
    Tensor gotB = HalfPrecisionKernels.cancelBf16(bf16, 1.5f);
    assertTrue(gotB.allClose(wantB, 1e-2, 1e-2), () -> "want " + wantB + "\ngot  " + gotB);
  }

  /** A 16-bit reduction's result is a 16-bit tensor: its overflow is not undone by a fused division. */
  @Test
  void fusedReductionResultsAreRoundedToTheirDtype() {
    Tensor big = Tensor.full(DType.F16, 1000, 3, 100);
    Tensor want = HalfPrecision.meanBySum(big);
    Tensor got = HalfPrecisionKernels.meanBySum(big);
    assertTrue(Double.isInfinite(want.get(0, 0)), want::toString);
    assertTrue(got.allClose(want, 1e-3, 1e-3), () -> "want " + want + "\ngot  " + got);
    Tensor small = Tensor.randn(3, DType.F32, 4, 70).to(DType.F16);
    Tensor wantSmall = HalfPrecision.meanBySum(small);
    Tensor gotSmall = HalfPrecisionKernels.meanBySum(small);
    assertTrue(gotSmall.allClose(wantSmall, 1e-2, 1e-2), () -> "want " + wantSmall + "\ngot  " + gotSmall);
  }
}
