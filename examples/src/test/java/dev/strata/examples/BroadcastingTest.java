package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * NumPy broadcasting decided at run time matches the reference on every combination of 1, equal
 * and zero sizes, and incompatible sizes fail at entry naming both dims and where they come from.
 */
class BroadcastingTest {
  @Test
  void slicesOneWideBroadcastAgainstTheirAxis() {
    for (int[] s : new int[][] {{3, 1}, {3, 5}, {1, 7}, {2, 0}, {0, 3}, {4, 300}}) {
      Tensor x = Tensor.randn(s[0] * 7 + s[1], DType.F32, s[0], s[1]);
      same("firstColumn " + Arrays.toString(s), () -> Broadcasting.firstColumn(x), () -> BroadcastingKernels.firstColumn(x));
      same("lastColumns " + Arrays.toString(s), () -> Broadcasting.lastColumns(x), () -> BroadcastingKernels.lastColumns(x));
    }
  }

  @Test
  void differentSymbolsBroadcastWhereOneIsOne() {
    for (int[] nm : new int[][] {{3, 3}, {1, 3}, {3, 1}, {1, 1}, {2, 3}, {0, 1}, {1, 0}, {0, 0}, {0, 2}}) {
      Tensor x = Tensor.randn(1, DType.F32, nm[0], 5);
      Tensor y = Tensor.randn(2, DType.F32, nm[1], 5);
      same("rows " + Arrays.toString(nm), () -> Broadcasting.rows(x, y), () -> BroadcastingKernels.rows(x, y));
      Tensor u = Tensor.randn(3, DType.F32, nm[0], 1);
      Tensor v = Tensor.randn(4, DType.F32, nm[1]);
      same("outerSum " + Arrays.toString(nm), () -> Broadcasting.outerSum(u, v), () -> BroadcastingKernels.outerSum(u, v));
    }
    for (int[] abc : new int[][] {{1, 2, 1}, {3, 1, 3}, {3, 2, 1}, {1, 1, 1}, {3, 2, 2}, {2, 4, 2}}) {
      Tensor c = Tensor.rand(5, DType.F32, abc[0]).gt(0.5);
      Tensor a = Tensor.randn(6, DType.F32, abc[1], 1);
      Tensor b = Tensor.randn(7, DType.F32, abc[2]);
      same("select3 " + Arrays.toString(abc), () -> Broadcasting.select3(c, a, b), () -> BroadcastingKernels.select3(c, a, b));
    }
  }

  @Test
  void aBroadcastWrittenInAnyOrderHasOneType() {
    for (int[] nmk : new int[][] {{1, 3, 3}, {3, 1, 3}, {3, 3, 1}, {1, 1, 1}, {2, 2, 2}, {1, 3, 1}, {2, 3, 1}}) {
      Tensor x = Tensor.randn(1, DType.F32, nmk[0], 4);
      Tensor y = Tensor.randn(2, DType.F32, nmk[1], 4);
      Tensor z = Tensor.randn(3, DType.F32, nmk[2], 4);
      for (int s : new int[] {0, 1}) {
        same("eitherWay " + Arrays.toString(nmk) + " s=" + s, () -> Broadcasting.eitherWay(x, y, z, s),
            () -> BroadcastingKernels.eitherWay(x, y, z, s));
      }
    }
  }

  @Test
  void broadcastToTargetsCheckedAtRunTime() {
    for (int[] s : new int[][] {{1, 1, 3, 5}, {3, 5, 3, 5}, {1, 5, 3, 5}, {3, 1, 3, 5}, {2, 5, 3, 5}, {3, 5, 1, 5},
        {3, 5, 3, 1}, {0, 5, 0, 5}, {1, 0, 4, 0}, {1, 1, 0, 0}}) {
      Tensor b = Tensor.randn(s[0] * 10 + s[1], DType.F32, s[0], s[1]);
      Tensor x = Tensor.randn(s[2] * 10 + s[3], DType.F32, s[2], s[3]);
      same("toRowsOf " + Arrays.toString(s), () -> Broadcasting.toRowsOf(b, x), () -> BroadcastingKernels.toRowsOf(b, x));
    }
    for (int m : new int[] {1, 4, 2, 0}) {
      Tensor b = Tensor.randn(m, DType.F32, m);
      same("toFixed " + m, () -> Broadcasting.toFixed(b), () -> BroadcastingKernels.toFixed(b));
    }
  }

  @Test
  void matmulBatchDimsBroadcastAtRunTime() {
    for (int[] bc : new int[][] {{2, 2}, {1, 3}, {3, 1}, {1, 1}, {2, 3}, {0, 1}, {1, 0}, {0, 0}}) {
      Tensor a = Tensor.randn(bc[0] + 1, DType.F32, bc[0], 4, 6);
      Tensor b = Tensor.randn(bc[1] + 7, DType.F32, bc[1], 6, 5);
      same("batchedProduct " + Arrays.toString(bc), () -> Broadcasting.batchedProduct(a, b),
          () -> BroadcastingKernels.batchedProduct(a, b));
    }
  }

  @Test
  void incompatibleSizesNameBothDims() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BroadcastingKernels.rows(Tensor.zeros(DType.F32, 2, 5), Tensor.zeros(DType.F32, 3, 5)));
    assertTrue(e.getMessage().contains("N (dim 0 of x) = 2") && e.getMessage().contains("M (dim 0 of y) = 3")
        && e.getMessage().contains("cannot be broadcast"), e.getMessage());
  }

  /** Both throw an IllegalArgumentException, or both give the same tensor. */
  private static void same(String what, Supplier<Tensor> eager, Supplier<Tensor> compiled) {
    Tensor want;
    try {
      want = eager.get();
    } catch (IllegalArgumentException e) {
      assertThrows(IllegalArgumentException.class, compiled::get, what + ": the reference threw " + e.getMessage());
      return;
    }
    Tensor got = compiled.get();
    assertTrue(got.allClose(want, 1e-5, 1e-6), () -> what + ": want " + want + " got " + got);
  }
}
