package dev.strata;

import static dev.strata.TensorAssertions.assertTensor;
import static dev.strata.TensorAssertions.assertThrowsWith;
import static dev.strata.TensorAssertions.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LayoutTest {
  /** [[0, 1, 2], [3, 4, 5]]. */
  private final Tensor m = Tensor.arange(DType.I32, 6).reshape(2, 3);

  @Test
  void transposeSwapsAxes() {
    assertTensor(m.transpose(0, 1), DType.I32, shape(3, 2), 0, 3, 1, 4, 2, 5);
    assertTensor(m.transpose(-1, -2), DType.I32, shape(3, 2), 0, 3, 1, 4, 2, 5);
    assertEquals(m, m.transpose(1, 1));
    Tensor t = Tensor.arange(DType.F32, 24).reshape(2, 3, 4);
    Tensor swapped = t.transpose(0, 2);
    assertEquals(4, swapped.dim(0));
    assertEquals(2, swapped.dim(2));
    assertEquals(t.get(1, 2, 3), swapped.get(3, 2, 1));
    assertEquals(t.get(0, 1, 2), swapped.get(2, 1, 0));
    assertEquals(t, swapped.transpose(2, 0));
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.transpose(0, 2), "transpose", "axis 2", "rank 2");
  }

  @Test
  void tTransposesMatricesOnly() {
    assertTensor(m.t(), DType.I32, shape(3, 2), 0, 3, 1, 4, 2, 5);
    Tensor v = Tensor.arange(DType.F64, 3);
    assertEquals(v, v.t());
    assertEquals(Tensor.scalar(DType.I8, 3), Tensor.scalar(DType.I8, 3).t());
    assertTensor(Tensor.zeros(DType.F32, 0, 2).t(), DType.F32, shape(2, 0));
    assertThrowsWith(
        IllegalArgumentException.class, () -> Tensor.zeros(DType.F32, 1, 2, 3).t(), "t:", "rank 3");
  }

  @Test
  void reshape() {
    assertTensor(m.reshape(3, 2), DType.I32, shape(3, 2), 0, 1, 2, 3, 4, 5);
    assertTensor(m.reshape(6), DType.I32, shape(6), 0, 1, 2, 3, 4, 5);
    assertTensor(m.reshape(-1), DType.I32, shape(6), 0, 1, 2, 3, 4, 5);
    assertTensor(m.reshape(3, -1), DType.I32, shape(3, 2), 0, 1, 2, 3, 4, 5);
    assertTensor(m.reshape(1, -1, 1), DType.I32, shape(1, 6, 1), 0, 1, 2, 3, 4, 5);
    assertTensor(Tensor.scalar(DType.F32, 7).reshape(1, 1), DType.F32, shape(1, 1), 7);
    assertTensor(Tensor.of(new float[] {7}, 1).reshape(), DType.F32, shape(), 7);
    assertTensor(Tensor.zeros(DType.F32, 0, 4).reshape(2, 0, 3), DType.F32, shape(2, 0, 3));
    assertTensor(Tensor.zeros(DType.F32, 2, 0).reshape(-1), DType.F32, shape(0));
  }

  @Test
  void reshapeErrors() {
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.reshape(4), "reshape", "[2, 3]", "6", "[4]");
    assertThrowsWith(IllegalArgumentException.class, () -> m.reshape(4, -1), "reshape", "[4, -1]");
    assertThrowsWith(IllegalArgumentException.class, () -> m.reshape(-1, -1), "at most one -1");
    assertThrowsWith(IllegalArgumentException.class, () -> m.reshape(-2, -3), "-2");
    assertThrowsWith(
        IllegalArgumentException.class,
        () -> Tensor.zeros(DType.F32, 0).reshape(0, -1),
        "reshape",
        "cannot infer -1 in [0, -1]");
    assertThrowsWith(NullPointerException.class, () -> m.reshape((long[]) null), "shape");
  }

  @Test
  void unsqueeze() {
    assertTensor(m.unsqueeze(0), DType.I32, shape(1, 2, 3), 0, 1, 2, 3, 4, 5);
    assertTensor(m.unsqueeze(1), DType.I32, shape(2, 1, 3), 0, 1, 2, 3, 4, 5);
    assertTensor(m.unsqueeze(2), DType.I32, shape(2, 3, 1), 0, 1, 2, 3, 4, 5);
    assertTensor(m.unsqueeze(-1), DType.I32, shape(2, 3, 1), 0, 1, 2, 3, 4, 5);
    assertTensor(m.unsqueeze(-3), DType.I32, shape(1, 2, 3), 0, 1, 2, 3, 4, 5);
    assertTensor(Tensor.scalar(DType.F32, 1).unsqueeze(0), DType.F32, shape(1), 1);
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.unsqueeze(3), "unsqueeze", "axis 3", "rank 2");
    assertThrowsWith(IllegalArgumentException.class, () -> m.unsqueeze(-4), "unsqueeze", "axis -4");
  }

  @Test
  void squeeze() {
    Tensor t = m.reshape(2, 1, 3, 1);
    assertTensor(t.squeeze(1), DType.I32, shape(2, 3, 1), 0, 1, 2, 3, 4, 5);
    assertTensor(t.squeeze(-1), DType.I32, shape(2, 1, 3), 0, 1, 2, 3, 4, 5);
    assertTensor(Tensor.ones(DType.F32, 1).squeeze(0), DType.F32, shape(), 1);
    assertThrowsWith(
        IllegalArgumentException.class, () -> t.squeeze(0), "squeeze", "size 2", "[2, 1, 3, 1]");
    assertThrowsWith(
        IllegalArgumentException.class, () -> t.squeeze(4), "squeeze", "axis 4", "rank 4");
  }

  @Test
  void broadcastTo() {
    Tensor row = Tensor.of(new int[] {1, 2, 3}, 3);
    assertTensor(row.broadcastTo(2, 3), DType.I32, shape(2, 3), 1, 2, 3, 1, 2, 3);
    Tensor column = Tensor.of(new int[] {1, 2}, 2, 1);
    assertTensor(column.broadcastTo(2, 2), DType.I32, shape(2, 2), 1, 1, 2, 2);
    assertTensor(column.broadcastTo(2, 2, 0), DType.I32, shape(2, 2, 0));
    assertTensor(Tensor.scalar(DType.F64, 5).broadcastTo(2), DType.F64, shape(2), 5, 5);
    assertEquals(m, m.broadcastTo(2, 3));
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.broadcastTo(4), "broadcastTo", "[2, 3]", "[4]");
    assertThrowsWith(IllegalArgumentException.class, () -> row.broadcastTo(3, 1), "[3]", "[3, 1]");
    assertThrowsWith(IllegalArgumentException.class, () -> row.broadcastTo(-1, 3), "-1");
  }

  @Test
  void sliceWithPythonSemantics() {
    Tensor v = Tensor.arange(DType.I32, 5);
    assertTensor(v.slice(0, 1, 3), DType.I32, shape(2), 1, 2);
    assertTensor(v.slice(0, -2, 5), DType.I32, shape(2), 3, 4);
    assertTensor(v.slice(0, 0, -1), DType.I32, shape(4), 0, 1, 2, 3);
    assertTensor(v.slice(0, -100, 100), DType.I32, shape(5), 0, 1, 2, 3, 4);
    assertTensor(v.slice(0, 3, 2), DType.I32, shape(0));
    assertTensor(v.slice(0, 7, 9), DType.I32, shape(0));
    assertTensor(v.slice(0, -1, -3), DType.I32, shape(0));
    assertTensor(v.slice(-1, Long.MIN_VALUE, Long.MAX_VALUE), DType.I32, shape(5), 0, 1, 2, 3, 4);
  }

  @Test
  void sliceInnerAxes() {
    assertTensor(m.slice(1, 1, 3), DType.I32, shape(2, 2), 1, 2, 4, 5);
    assertTensor(m.slice(-1, 0, 1), DType.I32, shape(2, 1), 0, 3);
    assertTensor(m.slice(0, 1, 2), DType.I32, shape(1, 3), 3, 4, 5);
    assertTensor(m.slice(1, 2, 2), DType.I32, shape(2, 0));
    assertThrowsWith(
        IllegalArgumentException.class, () -> m.slice(2, 0, 1), "slice", "axis 2", "rank 2");
  }

  @Test
  void layoutsWorkForEveryDtype() {
    for (DType dtype : DType.values()) {
      Tensor t = m.to(dtype);
      assertEquals(t.to(DType.I32).transpose(0, 1), t.transpose(0, 1).to(DType.I32));
      assertEquals(t.to(DType.I32).slice(1, 1, 3), t.slice(1, 1, 3).to(DType.I32));
      assertEquals(dtype, t.reshape(-1).dtype());
      assertEquals(dtype, t.broadcastTo(2, 2, 3).dtype());
    }
  }
}
