package dev.strata.backend.cpu.codegen;

import dev.strata.DType;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;

/** The Java types that IR types become in generated code. */
public final class JavaTypes {
  private JavaTypes() {}

  /** The Java type of a scalar of {@code kind}; F16 and BF16 values live in a float. */
  public static String scalar(ScalarKind kind) {
    return switch (kind) {
      case BOOL -> "boolean";
      case I8 -> "byte";
      case I32, INDEX -> "int";
      case I64 -> "long";
      case F16, BF16, F32 -> "float";
      case F64 -> "double";
    };
  }

  /** The Java array type holding elements of {@code dtype}. */
  public static String array(DType dtype) {
    return switch (dtype) {
      case F32 -> "float[]";
      case F64 -> "double[]";
      case F16, BF16 -> "short[]";
      case I32 -> "int[]";
      case I8, BOOL -> "byte[]";
    };
  }

  /** The Java type of a value of IR type {@code t}. */
  public static String of(Type t) {
    return switch (t) {
      case Type.Scalar s -> scalar(s.kind());
      case Type.Buffer b -> array(b.dtype());
      case Type.Tensor x -> "dev.strata.Tensor";
    };
  }

  /** The {@code TensorData} accessor that returns the backing array of a {@code dtype} tensor. */
  public static String accessor(DType dtype) {
    return switch (dtype) {
      case F32 -> "f32";
      case F64 -> "f64";
      case F16, BF16 -> "halfBits";
      case I32 -> "i32";
      case I8, BOOL -> "bytes";
    };
  }

  /** {@code new float[n]} and friends. */
  public static String newArray(DType dtype, String length) {
    String a = array(dtype);
    return "new " + a.substring(0, a.length() - 2) + "[" + length + "]";
  }
}
