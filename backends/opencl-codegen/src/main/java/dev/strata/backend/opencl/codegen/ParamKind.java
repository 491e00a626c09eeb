package dev.strata.backend.opencl.codegen;

import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;

/**
 * How the host passes one kernel argument. Index, {@code i32}, {@code i8} and {@code bool}
 * scalars all travel as an {@code int} (a bool as 0 or 1, an {@code i8} in {@code [-128, 127]}),
 * since OpenCL kernels take no {@code bool} and narrow integers are awkward to pass.
 */
public enum ParamKind {
  /** A global buffer ({@code __global T*}). */
  BUFFER,
  /** A 32-bit {@code int}: index, {@code i32}, {@code i8} or {@code bool}. */
  INT,
  /** A 64-bit {@code long}: {@code i64}. */
  LONG,
  /** A {@code float}: {@code f32}, or an {@code f16}/{@code bf16} value held in a float. */
  FLOAT,
  /** A {@code double}: {@code f64}. */
  DOUBLE;

  /**
   * The kind of a kernel parameter of IR type {@code type}.
   *
   * @param type a {@code gpu.func} argument's type: a buffer or a scalar
   * @return how the host passes it
   */
  public static ParamKind of(Type type) {
    return switch (type) {
      case Type.Buffer b -> BUFFER;
      case Type.Scalar s -> of(s.kind());
      case Type.Tensor t -> throw new IllegalArgumentException("a kernel takes no tensor: " + t);
    };
  }

  private static ParamKind of(ScalarKind kind) {
    return switch (kind) {
      case BOOL, I8, I32, INDEX -> INT;
      case I64 -> LONG;
      case F16, BF16, F32 -> FLOAT;
      case F64 -> DOUBLE;
    };
  }
}
