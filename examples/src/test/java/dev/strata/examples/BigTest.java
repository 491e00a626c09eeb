package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/** Generated code for kernels of hundreds of ops loads, runs and agrees with the reference. */
class BigTest {
  @Test
  void sixHundredOpsInOneLoop() {
    Tensor x = Tensor.randn(1, DType.F32, 9, 37);
    Tensor b = Tensor.randn(2, DType.F32, 37).mul(0.1);
    Tensor want = Big.longChain(x, b);
    Tensor got = BigKernels.longChain(x, b);
    assertTrue(got.allClose(want, 1e-4, 1e-4), () -> want + "\n" + got);
  }

  @Test
  void twoHundredFortyOpsInManyGroups() {
    Tensor x = Tensor.randn(3, DType.F32, 5, 21);
    Tensor want = Big.manyGroups(x);
    Tensor got = BigKernels.manyGroups(x);
    assertTrue(got.allClose(want, 1e-3, 1e-3), () -> want + "\n" + got);
  }

  /**
   * Chains of row reductions, whose loops grow by the chain's length with each reduction, split
   * into groups that fit the JVM's method limit and the class file's string constants (the OpenCL
   * source of a group is then a String.join of literals).
   */
  @Test
  void chainsOfRowReductionsCompileAndAgree() {
    Tensor x = Tensor.randn(5, DType.F32, 7, 301);
    Tensor want = Big.stackedSoftmax(x);
    Tensor got = BigKernels.stackedSoftmax(x);
    assertTrue(got.allClose(want, 1e-4, 1e-5), () -> want + "\n" + got);
    Tensor wantMax = Big.manyRowMaxima(x);
    Tensor gotMax = BigKernels.manyRowMaxima(x);
    assertTrue(gotMax.allClose(wantMax, 1e-4, 1e-4), () -> wantMax + "\n" + gotMax);
  }

  @Test
  void fourThousandOpsInOneChain() {
    Tensor x = Tensor.randn(4, DType.F32, 4, 33);
    Tensor want = Big.deepChain(x);
    Tensor got = BigKernels.deepChain(x);
    assertTrue(got.allClose(want, 1e-3, 1e-3), () -> want + "\n" + got);
  }

  @Test
  void scalarsOfIntermediateResults() {
    Tensor x = Tensor.rand(5, DType.F32, 7, 300).add(0.5);
    Tensor want = Big.scalarsOfIntermediates(x);
    Tensor got = BigKernels.scalarsOfIntermediates(x);
    assertTrue(got.allClose(want, 1e-4, 1e-6), () -> want + "\n" + got);
  }

  @Test
  void aChainThatReadsEachValueTwice() {
    Tensor x = Tensor.randn(6, DType.F32, 37);
    Tensor want = Big.diamondChain(x);
    Tensor got = BigKernels.diamondChain(x);
    assertTrue(got.allClose(want, 1e-4, 1e-5), () -> want + "\n" + got);
  }
}
