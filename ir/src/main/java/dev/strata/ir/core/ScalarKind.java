package dev.strata.ir.core;

import dev.strata.DType;

/** The element kinds of scalar values in the IR: every {@link DType}, plus i64 and index. */
public enum ScalarKind {
  BOOL("bool"), I8("i8"), I32("i32"), I64("i64"), INDEX("index"),
  F16("f16"), BF16("bf16"), F32("f32"), F64("f64");

  private final String irName;

  ScalarKind(String irName) {
    this.irName = irName;
  }

  /** The spelling in the text form. */
  public String irName() {
    return irName;
  }

  /** Whether this is a floating kind. */
  public boolean isFloating() {
    return this == F16 || this == BF16 || this == F32 || this == F64;
  }

  /** Whether this is an integer kind (not bool). */
  public boolean isInteger() {
    return this == I8 || this == I32 || this == I64 || this == INDEX;
  }

  /** The kind of a tensor element of {@code dtype}. */
  public static ScalarKind of(DType dtype) {
    return switch (dtype) {
      case F32 -> F32;
      case F64 -> F64;
      case F16 -> F16;
      case BF16 -> BF16;
      case I32 -> I32;
      case I8 -> I8;
      case BOOL -> BOOL;
    };
  }

  /** The tensor dtype of this kind; i64 and index have none. */
  public DType dtype() {
    return switch (this) {
      case F32 -> DType.F32;
      case F64 -> DType.F64;
      case F16 -> DType.F16;
      case BF16 -> DType.BF16;
      case I32 -> DType.I32;
      case I8 -> DType.I8;
      case BOOL -> DType.BOOL;
      case I64, INDEX -> throw new IllegalStateException(this + " is not a tensor dtype");
    };
  }

  /** The kind spelled {@code name} in the text form, or null. */
  public static ScalarKind fromIrName(String name) {
    for (ScalarKind k : values()) {
      if (k.irName.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
