package tests;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Scalars {
  @Kernel
  public static Tensor scalarCode(@Shape({"N", "D"}) Tensor x, int k, long seed, double alpha) {
    var half = alpha / 2;
    int count = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = i; j <= 3; j += 2) {
        count += i * j;
      }
    }
    count++;
    ++count;
    count -= k % 3;
    boolean positive = alpha > 0 && !(k == 0) || seed != 7L;
    float gain = positive ? (float) half : -1f;
    if (k > 2) {
      gain *= 2;
    }
    DType wide = DType.F64;
    long rows = x.dim(0);
    Tensor noise = Tensor.randn(seed, DType.F32, rows, x.dim(1));
    Tensor y = (k < 0 ? x : noise).mul(gain).add(count / 4);
    return y.to(wide).add(Tensor.full(wide, k, 1, 1)).to(DType.F32);
  }

  @Kernel
  public static Tensor constantFolding(@Shape({"N", "4"}) Tensor x) {
    int axis = -1;
    long n = x.dim(axis) * 2 - 3;
    return x.sum(axis, n > 4).reshape(x.numel() / 4, 1);
  }
}
