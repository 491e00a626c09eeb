package dev.strata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import org.junit.jupiter.api.Test;

class TensorDataTest {
  @Test
  void wrapDoesNotCopyAndStorageReturnsTheSameArray() {
    float[] data = {1, 2, 3, 4};
    Tensor t = TensorData.wrap(DType.F32, data, 2, 2);
    assertSame(data, TensorData.storage(t));
    assertSame(data, TensorData.f32(t));
    assertEquals(4.0, t.get(1, 1));
  }

  @Test
  void typedAccessorsForEachDtype() {
    assertEquals(2, TensorData.f64(Tensor.zeros(DType.F64, 2)).length);
    assertEquals(3, TensorData.halfBits(Tensor.zeros(DType.F16, 3)).length);
    assertEquals(3, TensorData.halfBits(Tensor.zeros(DType.BF16, 3)).length);
    assertArrayEquals(new int[] {0, 1}, TensorData.i32(Tensor.arange(DType.I32, 2)));
    assertArrayEquals(new byte[] {0, 1, 1}, TensorData.bytes(Tensor.arange(DType.BOOL, 3)));
    assertArrayEquals(new byte[] {0, 1}, TensorData.bytes(Tensor.arange(DType.I8, 2)));
    short[] bf16 = TensorData.halfBits(Tensor.ones(DType.BF16, 1));
    assertEquals((short) 0x3F80, bf16[0]);
    short[] f16 = TensorData.halfBits(Tensor.ones(DType.F16, 1));
    assertEquals((short) 0x3C00, f16[0]);
  }

  @Test
  void typedAccessorsCheckTheDtype() {
    Tensor f = Tensor.zeros(DType.F32, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TensorData.i32(f));
    assertTrue(e.getMessage().contains("I32"));
    assertTrue(e.getMessage().contains("F32"));
    assertThrows(IllegalStateException.class, () -> TensorData.f32(Tensor.zeros(DType.F64, 1)));
    assertThrows(IllegalStateException.class, () -> TensorData.f64(f));
    assertThrows(IllegalStateException.class, () -> TensorData.halfBits(f));
    assertThrows(IllegalStateException.class, () -> TensorData.bytes(Tensor.zeros(DType.I32, 1)));
  }

  @Test
  void wrapChecksArrayTypeAndLength() {
    IllegalArgumentException type =
        assertThrows(
            IllegalArgumentException.class, () -> TensorData.wrap(DType.F64, new float[2], 2));
    assertTrue(type.getMessage().contains("double[]"));
    IllegalArgumentException length =
        assertThrows(
            IllegalArgumentException.class, () -> TensorData.wrap(DType.I32, new int[5], 2, 3));
    assertTrue(length.getMessage().contains("5"));
    assertTrue(length.getMessage().contains("[2, 3]"));
    assertThrows(
        IllegalArgumentException.class, () -> TensorData.wrap(DType.BOOL, new byte[] {2}, 1));
    assertThrows(
        IllegalArgumentException.class, () -> TensorData.wrap(DType.F16, new short[1], -1));
    assertThrows(NullPointerException.class, () -> TensorData.wrap(DType.F16, null, 1));
    assertThrows(NullPointerException.class, () -> TensorData.storage(null));
  }

  @Test
  void wrapCopiesTheShape() {
    long[] shape = {2};
    Tensor t = TensorData.wrap(DType.I8, new byte[] {1, 2}, shape);
    shape[0] = 1;
    assertArrayEquals(new long[] {2}, t.shape());
    assertEquals(Tensor.of(new int[] {1, 2}, 2).to(DType.I8), t);
  }

  @Test
  void operationsNeverShareStorage() {
    Tensor t = Tensor.arange(DType.F32, 4);
    for (Tensor derived :
        new Tensor[] {
          t.reshape(2, 2),
          t.unsqueeze(0),
          t.t(),
          t.to(DType.F32),
          t.slice(0, 0, 4),
          t.broadcastTo(4)
        }) {
      assertNotSame(TensorData.storage(t), TensorData.storage(derived));
    }
  }
}
