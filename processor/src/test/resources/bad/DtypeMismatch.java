package tests;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class DtypeMismatch {
  @Kernel
  public static Tensor mixed(
      @Shape({"N"}) Tensor x, @Shape(value = {"N"}, dtype = DType.F64) Tensor y) {
    Tensor sum = x.add(y);
    return sum.exp();
  }
}
