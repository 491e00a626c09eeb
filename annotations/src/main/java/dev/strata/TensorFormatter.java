package dev.strata;

/**
 * Writes {@link Tensor#toString()}: {@code Tensor(F32[2, 3], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])}.
 * Along an axis with more than {@value #MAX_ITEMS} items only the first and last {@value
 * #EDGE_ITEMS} are written, with {@code ...} between.
 */
final class TensorFormatter {
  /** The most items written in full along one axis. */
  static final int MAX_ITEMS = 6;

  /** The items kept at each end of an elided axis. */
  static final int EDGE_ITEMS = 3;

  private TensorFormatter() {}

  static String format(Tensor t) {
    StringBuilder out = new StringBuilder("Tensor(");
    out.append(t.dtype.name()).append(ShapeMath.format(t.shape)).append(", ");
    appendAxis(out, t, ShapeMath.strides(t.shape), 0, 0);
    return out.append(')').toString();
  }

  private static void appendAxis(StringBuilder out, Tensor t, int[] strides, int axis, int base) {
    if (axis == t.shape.length) {
      appendElement(out, t, base);
      return;
    }
    int size = (int) t.shape[axis];
    out.append('[');
    for (int i = 0; i < size; i++) {
      if (size > MAX_ITEMS && i == EDGE_ITEMS) {
        out.append("..., ");
        i = size - EDGE_ITEMS;
      }
      appendAxis(out, t, strides, axis + 1, base + i * strides[axis]);
      if (i < size - 1) {
        out.append(", ");
      }
    }
    out.append(']');
  }

  /** One element as Java prints its value: floats as {@code float} except F64, BOOL as a word. */
  private static void appendElement(StringBuilder out, Tensor t, int index) {
    switch (t.dtype) {
      case F64 -> out.append(((double[]) t.data())[index]);
      case F32, F16, BF16 -> out.append((float) Storage.getDouble(t.dtype, t.data(), index));
      case I32, I8 -> out.append(Storage.getInt(t.dtype, t.data(), index));
      case BOOL -> out.append(((byte[]) t.data())[index] != 0);
    }
  }
}
