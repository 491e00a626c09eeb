package com.example;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

/** A user's project: two Strata coordinates in its pom, nothing else. */
public class App {
  static final class Layers {
    @Kernel
    public static Tensor rmsnorm(@Shape({"N", "D"}) Tensor x, @Shape({"D"}) Tensor w) {
      return x.mul(x.square().mean(-1, true).add(1e-6).rsqrt()).mul(w);
    }
  }

  public static void main(String[] args) {
    Tensor x = Tensor.randn(1, DType.F32, 4, 10);
    Tensor w = Tensor.rand(2, DType.F32, 10);
    Tensor a = App_LayersKernels.rmsnorm(x, w);
    Tensor b = Layers.rmsnorm(x, w);
    if (!a.allClose(b, 1e-5, 1e-5)) {
      throw new AssertionError("compiled " + a + " differs from eager " + b);
    }
    System.out.println("user project: compiled kernel matches the eager reference");
  }
}
