package dev.strata;

/**
 * Element types of a {@link Tensor}.
 *
 * <p>Floating types are computed by the eager reference in {@code double} and rounded to the dtype
 * on store; {@link #F16} and {@link #BF16} are stored in 16 bits and computed in at least
 * {@code float} ({@code BF16} rounds to nearest even). {@link #I32} and {@link #I8} compute in
 * integer arithmetic and wrap like Java's {@code int} and {@code byte}. {@link #BOOL} holds 0 or 1.
 */
public enum DType {
  /** 32-bit IEEE 754 float. */
  F32(4, "f32"),
  /** 64-bit IEEE 754 float. */
  F64(8, "f64"),
  /** 16-bit IEEE 754 half precision, computed in f32. */
  F16(2, "f16"),
  /** bfloat16 (8-bit exponent, 7-bit mantissa), computed in f32. */
  BF16(2, "bf16"),
  /** 32-bit two's complement integer. */
  I32(4, "i32"),
  /** 8-bit two's complement integer. */
  I8(1, "i8"),
  /** Boolean, stored as one byte holding 0 or 1. */
  BOOL(1, "bool");

  private final int byteSize;
  private final String irName;

  DType(int byteSize, String irName) {
    this.byteSize = byteSize;
    this.irName = irName;
  }

  /** Bytes per element in storage. */
  public int byteSize() {
    return byteSize;
  }

  /** The lower-case name used in Strata's IR text, such as {@code f32}. */
  public String irName() {
    return irName;
  }

  /** Whether this is one of the floating-point types. */
  public boolean isFloating() {
    return this == F32 || this == F64 || this == F16 || this == BF16;
  }

  /** Whether this is a 16-bit floating type computed in f32. */
  public boolean isHalf() {
    return this == F16 || this == BF16;
  }

  /** Whether this is {@link #I32} or {@link #I8}. */
  public boolean isInteger() {
    return this == I32 || this == I8;
  }

  /** The dtype whose {@link #irName()} is {@code name}. */
  public static DType fromIrName(String name) {
    for (DType t : values()) {
      if (t.irName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown dtype '" + name + "'");
  }
}
