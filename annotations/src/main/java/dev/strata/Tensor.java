package dev.strata;

import dev.strata.internal.RandomStream;
import dev.strata.internal.DeviceStorage;
import dev.strata.internal.TensorBridge;
import java.util.Objects;

/**
 * An immutable n-dimensional array with eager, plain-Java reference semantics: the specification
 * that code compiled by Strata must reproduce.
 *
 * <h2>Shape and storage</h2>
 *
 * <p>A tensor has a {@link DType} and a shape of {@code rank} dims, each {@code >= 0}; rank 0 is a
 * scalar holding one element, and a dim of 0 gives a zero-size tensor, which every operation
 * accepts. The element count must fit in an {@code int}, and so must the product of the nonzero
 * dims (so that tensors derived from a zero-size one fit too); otherwise {@link
 * IllegalArgumentException}. Elements are stored row-major in one array: F32 {@code float[]}, F64
 * {@code double[]}, F16 and BF16 {@code short[]} bit patterns, I32 {@code int[]}, I8 and BOOL
 * {@code byte[]} (BOOL holding 0 or 1). Tensors never change; every operation returns a new tensor
 * with its own storage.
 *
 * <h2>Arithmetic</h2>
 *
 * <p>Floating dtypes compute each result in {@code double} from the exact element values and round
 * it once, on store, to nearest with ties to even: F32 {@code (float) d}, F64 {@code d}, F16 and
 * BF16 {@code d} rounded once to the 16-bit format (not through a {@code float} first). I32 computes in {@code int} and
 * wraps; I8 computes in {@code int} and stores {@code (byte)} of the result, so it wraps too. BOOL
 * takes part only in comparisons, {@link #where}, {@link #to} and the layout operations. Elementary
 * functions are those of {@link Math} ({@code Math.exp}, {@code Math.pow}, ...), which the JDK
 * specifies to within one ulp, so compiled Java code that calls the same methods on the same JVM
 * reproduces the reference bit for bit.
 *
 * <h2>Conversions</h2>
 *
 * <p>Storing a {@code double} {@code d} into a dtype, as {@link #to}, {@link #scalar}, {@link
 * #full} and the scalar overloads do: a floating dtype rounds as above; I32 is Java's {@code (int)
 * d} (NaN to 0, saturating at the int range); I8 is {@code (byte) (int) d}; BOOL is {@code d != 0}
 * (so NaN is true). An integer {@code i} stored into I8 is {@code (byte) i}, into BOOL {@code i !=
 * 0}, into a floating dtype the rounded {@code (double) i}. BOOL reads as 0 or 1.
 *
 * <h2>Broadcasting and axes</h2>
 *
 * <p>Binary elementwise operations broadcast like NumPy: shapes are aligned from the right, a
 * missing dim counts as 1, and each pair of dims must be equal or contain a 1, which stretches.
 * Both tensor operands must have the same dtype. An axis argument may be negative, {@code -1} being
 * the last axis.
 *
 * <h2>Errors</h2>
 *
 * <p>A {@code null} argument throws {@link NullPointerException} naming the parameter. Invalid
 * shapes, axes, dtypes and operands throw {@link IllegalArgumentException} with a message naming
 * the operation and the offending values, such as {@code add: shapes [2, 3] and [4] cannot be
 * broadcast} or {@code sum: axis 2 out of range for rank 2 (expected -2 <= axis < 2)}.
 */
public final class Tensor {
  static {
    TensorBridge.install(new TensorAccessor());
  }

  final DType dtype;
  final long[] shape;
  private volatile Object data;
  private volatile DeviceStorage device;

  /** Takes ownership of {@code shape} and {@code data}, which must be valid and consistent. */
  Tensor(DType dtype, long[] shape, Object data) {
    this.dtype = dtype;
    this.shape = shape;
    this.data = data;
  }

  /** A tensor whose elements are on a device until the host first reads them. */
  Tensor(DType dtype, long[] shape, DeviceStorage device) {
    this.dtype = dtype;
    this.shape = shape;
    this.device = device;
  }

  /** The host storage, copied from the device the first time it is needed. */
  Object data() {
    Object d = data;
    if (d == null) {
      synchronized (this) {
        d = data;
        if (d == null) {
          d = device.download();
          data = d;
        }
      }
    }
    return d;
  }

  /** Whether the host storage exists. */
  boolean hostReady() {
    return data != null;
  }

  /** The device storage, or null when the tensor is only in host memory. */
  DeviceStorage deviceStorage() {
    return device;
  }

  /**
   * Releases the device memory holding this tensor, if any, after copying its elements to the
   * host: the tensor stays usable. Tensors a device produced are otherwise released when they
   * become unreachable; closing them makes that deterministic. Closing twice, or closing a tensor
   * that lives in host memory only, does nothing.
   */
  public void close() {
    DeviceStorage d = device;
    if (d != null) {
      data();
      device = null;
      d.release();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Creation

  /**
   * An F32 tensor holding a copy of {@code data} in row-major order.
   *
   * @param data the elements; its length must be the product of {@code shape}
   * @param shape the dims; none gives a rank-0 tensor of one element
   * @return the tensor
   * @throws IllegalArgumentException if the length does not match the shape, or the shape is
   *     invalid
   */
  public static Tensor of(float[] data, long... shape) {
    Objects.requireNonNull(data, "data");
    return TensorFactories.fromArray(DType.F32, data.clone(), data.length, shape);
  }

  /**
   * An F64 tensor holding a copy of {@code data} in row-major order.
   *
   * @param data the elements; its length must be the product of {@code shape}
   * @param shape the dims; none gives a rank-0 tensor of one element
   * @return the tensor
   * @throws IllegalArgumentException if the length does not match the shape, or the shape is
   *     invalid
   */
  public static Tensor of(double[] data, long... shape) {
    Objects.requireNonNull(data, "data");
    return TensorFactories.fromArray(DType.F64, data.clone(), data.length, shape);
  }

  /**
   * An I32 tensor holding a copy of {@code data} in row-major order.
   *
   * @param data the elements; its length must be the product of {@code shape}
   * @param shape the dims; none gives a rank-0 tensor of one element
   * @return the tensor
   * @throws IllegalArgumentException if the length does not match the shape, or the shape is
   *     invalid
   */
  public static Tensor of(int[] data, long... shape) {
    Objects.requireNonNull(data, "data");
    return TensorFactories.fromArray(DType.I32, data.clone(), data.length, shape);
  }

  /**
   * A rank-0 tensor holding {@code value} converted to {@code dtype} (rounded for floating dtypes,
   * {@code (int)} for I32, {@code (byte) (int)} for I8, {@code value != 0} for BOOL).
   *
   * @param dtype the element type
   * @param value the value
   * @return the tensor of shape {@code []}
   */
  public static Tensor scalar(DType dtype, double value) {
    return full(dtype, value);
  }

  /**
   * A tensor of zeros (false for BOOL).
   *
   * @param dtype the element type
   * @param shape the dims
   * @return the tensor
   * @throws IllegalArgumentException if the shape is invalid
   */
  public static Tensor zeros(DType dtype, long... shape) {
    return TensorFactories.full("zeros", dtype, 0.0, shape);
  }

  /**
   * A tensor of ones (true for BOOL).
   *
   * @param dtype the element type
   * @param shape the dims
   * @return the tensor
   * @throws IllegalArgumentException if the shape is invalid
   */
  public static Tensor ones(DType dtype, long... shape) {
    return TensorFactories.full("ones", dtype, 1.0, shape);
  }

  /**
   * A tensor whose every element is {@code value} converted to {@code dtype} as in {@link #scalar}.
   *
   * @param dtype the element type
   * @param value the value
   * @param shape the dims
   * @return the tensor
   * @throws IllegalArgumentException if the shape is invalid
   */
  public static Tensor full(DType dtype, double value, long... shape) {
    return TensorFactories.full("full", dtype, value, shape);
  }

  /**
   * The rank-1 tensor {@code [0, 1, ..., n - 1]}, each integer converted to {@code dtype} (I8 wraps
   * past 127, F16 and BF16 round large values, BOOL gives {@code [false, true, true, ...]}).
   *
   * @param dtype the element type
   * @param n the length, {@code >= 0}
   * @return the tensor of shape {@code [n]}
   * @throws IllegalArgumentException if {@code n} is negative or too large
   */
  public static Tensor arange(DType dtype, long n) {
    return TensorFactories.arange(dtype, n);
  }

  /**
   * Uniform random values in {@code [0, 1)}: element {@code i} (in row-major order) is {@link
   * RandomStream#uniform(long, long, DType) RandomStream.uniform(seed, i, dtype)}, which has as
   * many random bits as the dtype has significand bits (F64 53, F32 24, F16 11, BF16 8) and so
   * never rounds to 1. For I32, I8 and BOOL the 24-bit value is converted as in {@link #to} (giving
   * 0 for I32 and I8, and true for BOOL unless the value is exactly 0). The same seed, dtype and
   * shape always give the same tensor.
   *
   * @param seed the stream's seed
   * @param dtype the element type
   * @param shape the dims
   * @return the tensor
   * @throws IllegalArgumentException if the shape is invalid
   */
  public static Tensor rand(long seed, DType dtype, long... shape) {
    return TensorFactories.rand(seed, dtype, shape);
  }

  /**
   * Standard normal random values: element {@code i} (in row-major order) is {@link
   * RandomStream#normal(long, long) RandomStream.normal(seed, i)}, a Box–Muller transform computed
   * in {@code double}, converted to {@code dtype} as in {@link #to}. The same seed and shape always
   * give the same values.
   *
   * @param seed the stream's seed
   * @param dtype the element type
   * @param shape the dims
   * @return the tensor
   * @throws IllegalArgumentException if the shape is invalid
   */
  public static Tensor randn(long seed, DType dtype, long... shape) {
    return TensorFactories.randn(seed, dtype, shape);
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection

  /**
   * The element type.
   *
   * @return the dtype
   */
  public DType dtype() {
    return dtype;
  }

  /**
   * The dims, outermost first.
   *
   * @return a fresh copy of the shape
   */
  public long[] shape() {
    return shape.clone();
  }

  /**
   * The number of axes; 0 for a scalar.
   *
   * @return the rank
   */
  public int rank() {
    return shape.length;
  }

  /**
   * The size of one axis.
   *
   * @param axis the axis, negative counting from the end
   * @return the dim
   * @throws IllegalArgumentException if the axis is out of range
   */
  public long dim(int axis) {
    return shape[ShapeMath.normalizeAxis("dim", axis, shape.length)];
  }

  /**
   * The number of elements: the product of the dims (1 for rank 0).
   *
   * @return the element count
   */
  public long numel() {
    return numelInt();
  }

  /**
   * The elements in row-major order converted to F32 as by {@code to(DType.F32)}.
   *
   * @return a fresh array
   */
  public float[] toFloatArray() {
    return (float[]) Elementwise.convert(this, DType.F32).data();
  }

  /**
   * The elements in row-major order converted to F64 as by {@code to(DType.F64)} (exact for every
   * dtype).
   *
   * @return a fresh array
   */
  public double[] toDoubleArray() {
    return (double[]) Elementwise.convert(this, DType.F64).data();
  }

  /**
   * The elements in row-major order converted to I32 as by {@code to(DType.I32)}.
   *
   * @return a fresh array
   */
  public int[] toIntArray() {
    return (int[]) Elementwise.convert(this, DType.I32).data();
  }

  /**
   * The only element, exactly, as a {@code double} (BOOL as 0 or 1).
   *
   * @return the value
   * @throws IllegalArgumentException if the tensor does not have exactly one element
   */
  public double item() {
    if (numelInt() != 1) {
      throw new IllegalArgumentException(
          "item: requires exactly one element, got shape " + ShapeMath.format(shape));
    }
    return Storage.getDouble(dtype, data(), 0);
  }

  /**
   * One element, exactly, as a {@code double} (BOOL as 0 or 1).
   *
   * @param index one non-negative index per axis (none for rank 0)
   * @return the value
   * @throws IllegalArgumentException if the number of indices is not the rank
   * @throws IndexOutOfBoundsException if an index is negative or not below its dim
   */
  public double get(long... index) {
    Objects.requireNonNull(index, "index");
    if (index.length != shape.length) {
      throw new IllegalArgumentException(
          "get: expected "
              + shape.length
              + " indices for shape "
              + ShapeMath.format(shape)
              + ", got "
              + index.length);
    }
    int flat = 0;
    for (int axis = 0; axis < shape.length; axis++) {
      if (index[axis] < 0 || index[axis] >= shape[axis]) {
        throw new IndexOutOfBoundsException(
            "get: index "
                + ShapeMath.format(index)
                + " out of bounds for shape "
                + ShapeMath.format(shape));
      }
      flat = flat * (int) shape[axis] + (int) index[axis];
    }
    return Storage.getDouble(dtype, data(), flat);
  }

  /**
   * Whether this tensor and {@code other} have the same shape and, element by element with both
   * values read exactly as {@code double}, {@code |a - b| <= atol + rtol * |b|} (with {@code b}
   * from {@code other}). NaN matches only NaN, and an infinity only the same infinity. The dtypes
   * may differ. Tensors of different shapes are never close.
   *
   * @param other the tensor to compare with, usually the expected values
   * @param rtol the relative tolerance
   * @param atol the absolute tolerance
   * @return whether all elements are close
   */
  public boolean allClose(Tensor other, double rtol, double atol) {
    Objects.requireNonNull(other, "other");
    return TensorEquality.allClose(this, other, rtol, atol);
  }

  /**
   * The dtype, shape and elements, such as {@code Tensor(F32[2, 3], [[1.0, 2.0, 3.0], [4.0, 5.0,
   * 6.0]])}. Elements print as Java prints them ({@code float} for F32, F16 and BF16, {@code
   * double} for F64, integers, and {@code true}/{@code false}); an axis of more than 6 items shows
   * its first 3 and last 3 with {@code ...} between.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return TensorFormatter.format(this);
  }

  /**
   * Whether {@code obj} is a tensor with the same dtype, shape and exact bit content (so {@code
   * 0.0} and {@code -0.0} differ, and NaNs are equal only with the same bits). Use {@link
   * #allClose} to compare values.
   *
   * @param obj the object to compare with
   * @return whether the tensors are identical
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Tensor other && TensorEquality.identical(this, other);
  }

  /**
   * A hash of the dtype, shape and bit content, consistent with {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return TensorEquality.hash(this);
  }

  // ---------------------------------------------------------------------------------------------
  // Elementwise binary arithmetic

  /**
   * Elementwise {@code this + other}, broadcast; integers wrap.
   *
   * @param other the right operand, of the same dtype
   * @return the sum, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   */
  public Tensor add(Tensor other) {
    return binary(BinaryOp.ADD, other);
  }

  /**
   * {@code this + scalar(dtype(), s)}: the scalar is first converted to this tensor's dtype.
   *
   * @param s the right operand
   * @return the sum
   * @throws IllegalArgumentException if the dtype is BOOL
   */
  public Tensor add(double s) {
    return add(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this - other}, broadcast; integers wrap.
   *
   * @param other the right operand, of the same dtype
   * @return the difference, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   */
  public Tensor sub(Tensor other) {
    return binary(BinaryOp.SUB, other);
  }

  /**
   * {@code this - scalar(dtype(), s)}.
   *
   * @param s the right operand
   * @return the difference
   * @throws IllegalArgumentException if the dtype is BOOL
   */
  public Tensor sub(double s) {
    return sub(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this * other}, broadcast; integers wrap.
   *
   * @param other the right operand, of the same dtype
   * @return the product, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   */
  public Tensor mul(Tensor other) {
    return binary(BinaryOp.MUL, other);
  }

  /**
   * {@code this * scalar(dtype(), s)}.
   *
   * @param s the right operand
   * @return the product
   * @throws IllegalArgumentException if the dtype is BOOL
   */
  public Tensor mul(double s) {
    return mul(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this / other}, broadcast. Floating division follows IEEE 754 (x/0 is an
   * infinity or NaN); integer division is Java's, truncating toward zero, and {@code MIN_VALUE /
   * -1} wraps.
   *
   * @param other the divisor, of the same dtype
   * @return the quotient, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   * @throws ArithmeticException if an integer divisor is zero
   */
  public Tensor div(Tensor other) {
    return binary(BinaryOp.DIV, other);
  }

  /**
   * {@code this / scalar(dtype(), s)}; for integer dtypes the scalar is truncated first.
   *
   * @param s the divisor
   * @return the quotient
   * @throws IllegalArgumentException if the dtype is BOOL
   * @throws ArithmeticException if the dtype is an integer one and the converted divisor is zero
   */
  public Tensor div(double s) {
    return div(scalar(dtype, s));
  }

  /**
   * Elementwise power, broadcast: {@code Math.pow(this, other)} in {@code double} for floating
   * dtypes; for I32 and I8 repeated multiplication in wrapping integer arithmetic (so a power of an
   * I32 wraps like {@code int} and one of an I8 like {@code byte}), and a negative exponent gives
   * {@code 1 / this^-other} in integer division (0 unless the base is 1 or -1).
   *
   * @param other the exponent, of the same dtype
   * @return the power, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   * @throws ArithmeticException if the dtype is an integer one and a zero base meets a negative
   *     exponent
   */
  public Tensor pow(Tensor other) {
    return binary(BinaryOp.POW, other);
  }

  /**
   * {@code pow(scalar(dtype(), s))}.
   *
   * @param s the exponent
   * @return the power
   * @throws IllegalArgumentException if the dtype is BOOL
   */
  public Tensor pow(double s) {
    return pow(scalar(dtype, s));
  }

  /**
   * Elementwise {@code Math.max(this, other)}, broadcast: a NaN operand gives NaN, and {@code 0.0}
   * is greater than {@code -0.0}.
   *
   * @param other the right operand, of the same dtype
   * @return the maximum, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   */
  public Tensor maximum(Tensor other) {
    return binary(BinaryOp.MAXIMUM, other);
  }

  /**
   * {@code maximum(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the maximum
   * @throws IllegalArgumentException if the dtype is BOOL
   */
  public Tensor maximum(double s) {
    return maximum(scalar(dtype, s));
  }

  /**
   * Elementwise {@code Math.min(this, other)}, broadcast: a NaN operand gives NaN, and {@code -0.0}
   * is less than {@code 0.0}.
   *
   * @param other the right operand, of the same dtype
   * @return the minimum, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ, are BOOL, or the shapes do not broadcast
   */
  public Tensor minimum(Tensor other) {
    return binary(BinaryOp.MINIMUM, other);
  }

  /**
   * {@code minimum(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the minimum
   * @throws IllegalArgumentException if the dtype is BOOL
   */
  public Tensor minimum(double s) {
    return minimum(scalar(dtype, s));
  }

  // ---------------------------------------------------------------------------------------------
  // Comparisons and selection

  /**
   * Elementwise {@code this < other}, broadcast, as BOOL. Floating values compare as Java's {@code
   * double} operators do (any comparison with NaN is false, except {@link #ne}); BOOL compares as 0
   * and 1.
   *
   * @param other the right operand, of the same dtype
   * @return the BOOL result, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ or the shapes do not broadcast
   */
  public Tensor lt(Tensor other) {
    return compare(CompareOp.LT, other);
  }

  /**
   * {@code lt(scalar(dtype(), s))}: the scalar is converted to this dtype first, so for I32 {@code
   * lt(0.5)} is {@code lt(0)}.
   *
   * @param s the right operand
   * @return the BOOL result
   */
  public Tensor lt(double s) {
    return lt(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this <= other}, broadcast, as BOOL; see {@link #lt(Tensor)}.
   *
   * @param other the right operand, of the same dtype
   * @return the BOOL result, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ or the shapes do not broadcast
   */
  public Tensor le(Tensor other) {
    return compare(CompareOp.LE, other);
  }

  /**
   * {@code le(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the BOOL result
   */
  public Tensor le(double s) {
    return le(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this > other}, broadcast, as BOOL; see {@link #lt(Tensor)}.
   *
   * @param other the right operand, of the same dtype
   * @return the BOOL result, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ or the shapes do not broadcast
   */
  public Tensor gt(Tensor other) {
    return compare(CompareOp.GT, other);
  }

  /**
   * {@code gt(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the BOOL result
   */
  public Tensor gt(double s) {
    return gt(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this >= other}, broadcast, as BOOL; see {@link #lt(Tensor)}.
   *
   * @param other the right operand, of the same dtype
   * @return the BOOL result, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ or the shapes do not broadcast
   */
  public Tensor ge(Tensor other) {
    return compare(CompareOp.GE, other);
  }

  /**
   * {@code ge(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the BOOL result
   */
  public Tensor ge(double s) {
    return ge(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this == other}, broadcast, as BOOL; NaN is unequal to everything, and {@code
   * 0.0 == -0.0}.
   *
   * @param other the right operand, of the same dtype
   * @return the BOOL result, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ or the shapes do not broadcast
   */
  public Tensor eq(Tensor other) {
    return compare(CompareOp.EQ, other);
  }

  /**
   * {@code eq(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the BOOL result
   */
  public Tensor eq(double s) {
    return eq(scalar(dtype, s));
  }

  /**
   * Elementwise {@code this != other}, broadcast, as BOOL; true wherever either value is NaN.
   *
   * @param other the right operand, of the same dtype
   * @return the BOOL result, of the broadcast shape
   * @throws IllegalArgumentException if the dtypes differ or the shapes do not broadcast
   */
  public Tensor ne(Tensor other) {
    return compare(CompareOp.NE, other);
  }

  /**
   * {@code ne(scalar(dtype(), s))}.
   *
   * @param s the right operand
   * @return the BOOL result
   */
  public Tensor ne(double s) {
    return ne(scalar(dtype, s));
  }

  /**
   * Elementwise {@code cond ? a : b}, with all three broadcast together; elements are copied bit
   * for bit.
   *
   * @param cond the BOOL condition
   * @param a the values where {@code cond} is true
   * @param b the values where {@code cond} is false, of the same dtype as {@code a}
   * @return a tensor of {@code a}'s dtype and the broadcast shape
   * @throws IllegalArgumentException if {@code cond} is not BOOL, {@code a} and {@code b} differ in
   *     dtype, or the shapes do not broadcast
   */
  public static Tensor where(Tensor cond, Tensor a, Tensor b) {
    Objects.requireNonNull(cond, "cond");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return Elementwise.where(cond, a, b);
  }

  // ---------------------------------------------------------------------------------------------
  // Elementwise unary

  /**
   * Elementwise {@code -x}; integers wrap ({@code -MIN_VALUE} stays {@code MIN_VALUE}).
   *
   * @return the negation
   * @throws IllegalArgumentException for BOOL
   */
  public Tensor neg() {
    return unary(UnaryOp.NEG);
  }

  /**
   * Elementwise {@code Math.abs(x)}; integers wrap ({@code abs(MIN_VALUE)} is {@code MIN_VALUE},
   * and for I8 {@code abs(-128)} is {@code -128}).
   *
   * @return the absolute value
   * @throws IllegalArgumentException for BOOL
   */
  public Tensor abs() {
    return unary(UnaryOp.ABS);
  }

  /**
   * Elementwise {@code Math.exp(x)}.
   *
   * @return the exponential
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor exp() {
    return unary(UnaryOp.EXP);
  }

  /**
   * Elementwise natural logarithm {@code Math.log(x)}: {@code -Infinity} at 0, NaN below.
   *
   * @return the logarithm
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor log() {
    return unary(UnaryOp.LOG);
  }

  /**
   * Elementwise {@code Math.sqrt(x)}: NaN below 0.
   *
   * @return the square root
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor sqrt() {
    return unary(UnaryOp.SQRT);
  }

  /**
   * Elementwise {@code 1 / Math.sqrt(x)}: {@code Infinity} at 0.
   *
   * @return the reciprocal square root
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor rsqrt() {
    return unary(UnaryOp.RSQRT);
  }

  /**
   * Elementwise {@code Math.tanh(x)}.
   *
   * @return the hyperbolic tangent
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor tanh() {
    return unary(UnaryOp.TANH);
  }

  /**
   * Elementwise {@code 1 / (1 + Math.exp(-x))}.
   *
   * @return the logistic sigmoid
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor sigmoid() {
    return unary(UnaryOp.SIGMOID);
  }

  /**
   * Elementwise {@code Math.max(x, 0)}: NaN stays NaN, and {@code -0.0} becomes {@code 0.0}.
   *
   * @return the rectified values
   * @throws IllegalArgumentException for BOOL
   */
  public Tensor relu() {
    return unary(UnaryOp.RELU);
  }

  /**
   * Elementwise GELU, tanh approximation, computed in {@code double} exactly as {@code 0.5 * x * (1
   * + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)))}.
   *
   * @return the activation
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor gelu() {
    return unary(UnaryOp.GELU);
  }

  /**
   * Elementwise error function, computed in {@code double} by {@link
   * dev.strata.internal.SpecialFunctions#erf} (relative error below 1e-15).
   *
   * @return the error function
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor erf() {
    return unary(UnaryOp.ERF);
  }

  /**
   * Elementwise {@code Math.sin(x)}.
   *
   * @return the sine
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor sin() {
    return unary(UnaryOp.SIN);
  }

  /**
   * Elementwise {@code Math.cos(x)}.
   *
   * @return the cosine
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor cos() {
    return unary(UnaryOp.COS);
  }

  /**
   * Elementwise {@code x * x}; integers wrap.
   *
   * @return the square
   * @throws IllegalArgumentException for BOOL
   */
  public Tensor square() {
    return unary(UnaryOp.SQUARE);
  }

  /**
   * Elementwise {@code 1 / x}.
   *
   * @return the reciprocal
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor reciprocal() {
    return unary(UnaryOp.RECIPROCAL);
  }

  /**
   * Each element converted to {@code target} by the rules in the class comment: floating to
   * floating rounds ({@code double} to F16 and BF16 through {@code float}), floating to I32 is
   * {@code (int) d} (NaN to 0, saturating), floating to I8 is {@code (byte) (int) d}, I32 to I8 is
   * {@code (byte) i}, anything to BOOL is {@code x != 0} (NaN is true), BOOL to a number is 0 or 1.
   * To the same dtype gives an equal tensor.
   *
   * @param target the new dtype
   * @return the converted tensor, of the same shape
   */
  public Tensor to(DType target) {
    Objects.requireNonNull(target, "target");
    return Elementwise.convert(this, target);
  }

  // ---------------------------------------------------------------------------------------------
  // Reductions

  /**
   * The sum along {@code axis}: floating dtypes add in {@code double} from {@code 0.0} in index
   * order and round once; I32 and I8 add in wrapping {@code int} and narrow once. A zero-size axis
   * sums to 0.
   *
   * @param axis the axis to reduce, negative counting from the end
   * @param keepDim whether to keep the axis with size 1 rather than drop it
   * @return the sums, of this dtype
   * @throws IllegalArgumentException for BOOL, or if the axis is out of range
   */
  public Tensor sum(int axis, boolean keepDim) {
    return Reductions.reduce(Reductions.Kind.SUM, this, axis, keepDim);
  }

  /**
   * The sum of all elements in row-major order, as {@link #sum(int, boolean)} does along an axis.
   *
   * @return a rank-0 tensor of this dtype; 0 for a zero-size tensor
   * @throws IllegalArgumentException for BOOL
   */
  public Tensor sum() {
    return Reductions.reduceAll(Reductions.Kind.SUM, this);
  }

  /**
   * The mean along {@code axis}: the {@code double} sum as in {@link #sum(int, boolean)} divided by
   * the axis size, rounded once; NaN over a zero-size axis.
   *
   * @param axis the axis to reduce, negative counting from the end
   * @param keepDim whether to keep the axis with size 1 rather than drop it
   * @return the means, of this dtype
   * @throws IllegalArgumentException unless the dtype is floating, or if the axis is out of range
   */
  public Tensor mean(int axis, boolean keepDim) {
    return Reductions.reduce(Reductions.Kind.MEAN, this, axis, keepDim);
  }

  /**
   * The mean of all elements; NaN for a zero-size tensor.
   *
   * @return a rank-0 tensor of this dtype
   * @throws IllegalArgumentException unless the dtype is floating
   */
  public Tensor mean() {
    return Reductions.reduceAll(Reductions.Kind.MEAN, this);
  }

  /**
   * The maximum along {@code axis}, folding {@code Math.max} in index order: NaN if any element is
   * NaN, and {@code 0.0} over {@code -0.0}.
   *
   * @param axis the axis to reduce, negative counting from the end
   * @param keepDim whether to keep the axis with size 1 rather than drop it
   * @return the maxima, of this dtype
   * @throws IllegalArgumentException for BOOL, if the axis is out of range or has size 0
   */
  public Tensor max(int axis, boolean keepDim) {
    return Reductions.reduce(Reductions.Kind.MAX, this, axis, keepDim);
  }

  /**
   * The maximum of all elements, as {@link #max(int, boolean)}.
   *
   * @return a rank-0 tensor of this dtype
   * @throws IllegalArgumentException for BOOL, or for a zero-size tensor
   */
  public Tensor max() {
    return Reductions.reduceAll(Reductions.Kind.MAX, this);
  }

  /**
   * The minimum along {@code axis}, folding {@code Math.min} in index order: NaN if any element is
   * NaN, and {@code -0.0} under {@code 0.0}.
   *
   * @param axis the axis to reduce, negative counting from the end
   * @param keepDim whether to keep the axis with size 1 rather than drop it
   * @return the minima, of this dtype
   * @throws IllegalArgumentException for BOOL, if the axis is out of range or has size 0
   */
  public Tensor min(int axis, boolean keepDim) {
    return Reductions.reduce(Reductions.Kind.MIN, this, axis, keepDim);
  }

  /**
   * The minimum of all elements, as {@link #min(int, boolean)}.
   *
   * @return a rank-0 tensor of this dtype
   * @throws IllegalArgumentException for BOOL, or for a zero-size tensor
   */
  public Tensor min() {
    return Reductions.reduceAll(Reductions.Kind.MIN, this);
  }

  /**
   * The index along {@code axis} of the first maximum, like NumPy: a NaN counts as the maximum, so
   * the first NaN wins.
   *
   * @param axis the axis to reduce, negative counting from the end
   * @param keepDim whether to keep the axis with size 1 rather than drop it
   * @return the indices, as I32
   * @throws IllegalArgumentException for BOOL, if the axis is out of range or has size 0
   */
  public Tensor argmax(int axis, boolean keepDim) {
    return Reductions.argmax(this, axis, keepDim);
  }

  // ---------------------------------------------------------------------------------------------
  // Linear algebra and layout

  /**
   * The matrix product with the semantics of {@code numpy.matmul}: 1-D · 1-D is the inner product
   * (rank 0); 2-D · 1-D and 1-D · 2-D treat the vector as a column or row and drop that axis from
   * the result; higher ranks are stacks of matrices in the last two axes whose leading batch dims
   * broadcast. Each element accumulates {@code acc += a[i, p] * b[p, j]} for {@code p = 0..k-1} in
   * order: in {@code double} from {@code 0.0} for floating dtypes (no fused multiply-add), rounded
   * once; in wrapping {@code int} for I32 and I8, narrowed once.
   *
   * @param other the right operand, of the same dtype
   * @return the product
   * @throws IllegalArgumentException if the dtypes differ or are BOOL, an operand has rank 0, the
   *     inner dims differ, or the batch dims do not broadcast
   */
  public Tensor matmul(Tensor other) {
    Objects.requireNonNull(other, "other");
    return MatMul.matmul(this, other);
  }

  /**
   * This tensor with axes {@code a} and {@code b} swapped.
   *
   * @param a one axis, negative counting from the end
   * @param b the other axis, negative counting from the end
   * @return the transposed tensor
   * @throws IllegalArgumentException if an axis is out of range
   */
  public Tensor transpose(int a, int b) {
    return Layouts.transpose(this, a, b);
  }

  /**
   * The matrix transpose: rank 0 and 1 give an equal tensor, rank 2 swaps the axes.
   *
   * @return the transposed tensor
   * @throws IllegalArgumentException if the rank is above 2
   */
  public Tensor t() {
    return Layouts.t(this);
  }

  /**
   * The same elements in row-major order under a new shape. One dim may be {@code -1}, inferred
   * from the element count (not allowed when the other dims multiply to 0).
   *
   * @param shape the new dims
   * @return the reshaped tensor
   * @throws IllegalArgumentException if the element counts differ, more than one dim is {@code -1},
   *     another dim is negative, or {@code -1} cannot be inferred
   */
  public Tensor reshape(long... shape) {
    Objects.requireNonNull(shape, "shape");
    return Layouts.reshape(this, shape);
  }

  /**
   * This tensor with a new axis of size 1 inserted before position {@code axis}.
   *
   * @param axis in {@code [-rank - 1, rank]}; negative counts from the end of the new shape, so
   *     {@code -1} appends
   * @return the tensor of rank {@code rank() + 1}
   * @throws IllegalArgumentException if the axis is out of range
   */
  public Tensor unsqueeze(int axis) {
    return Layouts.unsqueeze(this, axis);
  }

  /**
   * This tensor with axis {@code axis}, which must have size 1, removed.
   *
   * @param axis the axis, negative counting from the end
   * @return the tensor of rank {@code rank() - 1}
   * @throws IllegalArgumentException if the axis is out of range or its size is not 1
   */
  public Tensor squeeze(int axis) {
    return Layouts.squeeze(this, axis);
  }

  /**
   * This tensor broadcast to {@code shape} by NumPy's rules: aligned from the right, each dim of
   * this tensor must equal the target dim or be 1; the target may add leading dims.
   *
   * @param shape the target dims
   * @return the broadcast tensor
   * @throws IllegalArgumentException if this shape does not broadcast to {@code shape}
   */
  public Tensor broadcastTo(long... shape) {
    Objects.requireNonNull(shape, "shape");
    return Layouts.broadcastTo(this, shape);
  }

  /**
   * The elements {@code start} (inclusive) to {@code end} (exclusive) along {@code axis}, with
   * Python's slice semantics: a negative bound counts from the end of the axis, bounds are then
   * clamped to {@code [0, size]}, and {@code start >= end} gives an axis of size 0.
   *
   * @param axis the axis, negative counting from the end
   * @param start the first index
   * @param end one past the last index
   * @return the slice, of the same rank
   * @throws IllegalArgumentException if the axis is out of range
   */
  public Tensor slice(int axis, long start, long end) {
    return Layouts.slice(this, axis, start, end);
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing

  /** The element count as an {@code int}, which it always fits. */
  int numelInt() {
    return ShapeMath.numel(shape);
  }

  private Tensor binary(BinaryOp op, Tensor other) {
    Objects.requireNonNull(other, "other");
    return Elementwise.binary(op, this, other);
  }

  private Tensor compare(CompareOp op, Tensor other) {
    Objects.requireNonNull(other, "other");
    return Elementwise.compare(op, this, other);
  }

  private Tensor unary(UnaryOp op) {
    return Elementwise.unary(op, this);
  }
}
