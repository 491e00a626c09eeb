package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

/** The entry checks that shape inference adds say which parameters' dims disagree. */
class ChecksTest {
  @Test
  void symbolsThatMustBeEqualNameTheirParameters() {
    Tensor x = Tensor.randn(1, DType.F32, 2, 4);
    Tensor y = Tensor.randn(2, DType.F32, 5, 4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChecksKernels.addRows(x, y));
    assertTrue(e.getMessage().contains("N (dim 0 of x) = 2") && e.getMessage().contains("M (dim 0 of y) = 5"),
        e.getMessage());
    Tensor same = Tensor.randn(3, DType.F32, 2, 4);
    assertTrue(ChecksKernels.addRows(x, same).allClose(Checks.addRows(x, same), 0, 0));
  }
}
