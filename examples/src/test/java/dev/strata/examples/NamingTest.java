package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/** Overloaded kernels, parameter names the generator also likes, and nested classes. */
class NamingTest {
  private static final Tensor A = Tensor.randn(1, DType.F32, 20000);
  private static final Tensor B = Tensor.randn(2, DType.F32, 20000);

  @Test
  void overloadsGetTheirOwnCode() {
    assertTrue(NamingKernels.f(A).allClose(Naming.f(A), 1e-5, 1e-6));
    assertTrue(NamingKernels.f(A, B).allClose(Naming.f(A, B), 1e-5, 1e-6));
  }

  @Test
  void parameterNamesDoNotClash() {
    assertTrue(NamingKernels.g(A, B, 0.5f, -2.0).allClose(Naming.g(A, B, 0.5f, -2.0), 1e-4, 1e-3));
  }

  @Test
  void nestedClass() {
    Tensor x = Tensor.randn(3, DType.F32, 7, 9);
    assertTrue(Naming_InnerKernels.h(x).allClose(Naming.Inner.h(x), 0, 0));
  }
}
