package dev.strata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions on tensors and on the messages of the exceptions they throw. */
final class TensorAssertions {
  private TensorAssertions() {}

  /** Shorthand for a shape literal. */
  static long[] shape(long... dims) {
    return dims;
  }

  /** Asserts dtype, shape and every element exactly (NaN matches NaN). */
  static void assertTensor(Tensor actual, DType dtype, long[] shape, double... values) {
    assertEquals(dtype, actual.dtype(), () -> "dtype of " + actual);
    assertArrayEquals(shape, actual.shape(), () -> "shape of " + actual);
    assertArrayEquals(values, actual.toDoubleArray(), 0.0, () -> "values of " + actual);
  }

  /** Asserts that {@code body} throws {@code type} with a message containing every fragment. */
  static <T extends Throwable> T assertThrowsWith(
      Class<T> type, Executable body, String... fragments) {
    T thrown = assertThrows(type, body);
    String message = String.valueOf(thrown.getMessage());
    for (String fragment : fragments) {
      assertTrue(
          message.contains(fragment),
          () -> "message '" + message + "' should contain '" + fragment + "'");
    }
    return thrown;
  }

  /** A float tensor converted to {@code dtype}; exact for the values tests use. */
  static Tensor floats(DType dtype, float[] values, long... shape) {
    return Tensor.of(values, shape).to(dtype);
  }

  /** An int tensor converted to {@code dtype}. */
  static Tensor ints(DType dtype, int[] values, long... shape) {
    return Tensor.of(values, shape).to(dtype);
  }
}
