package dev.strata.backend.opencl.codegen;

import dev.strata.DType;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.loop.StoreOp;

/**
 * Element reads and writes, converting like the CPU back end: F16 through OpenCL's core {@code
 * vload_half}/{@code vstore_half_rte} (no {@code cl_khr_fp16} needed), BF16 as the upper half of
 * a float's bits, bools as bytes 0 and 1.
 */
final class MemoryAccess {
  private final Prelude prelude;

  MemoryAccess(Prelude prelude) {
    this.prelude = prelude;
  }

  /** The value of {@code buffer[offset]} for {@code load}. */
  String load(LoadOp load, String buffer, String offset) {
    Type.Buffer type = (Type.Buffer) load.buffer().type();
    String element = buffer + "[" + offset + "]";
    return switch (type.dtype()) {
      case F16 -> "vload_half(" + offset + ", (" + ClTypes.addressSpace(type) + " const half*) "
          + buffer + ")";
      case BF16 -> "as_float(((uint) " + element + ") << 16)";
      case BOOL -> element + " != 0";
      default -> element;
    };
  }

  /** The statement (without its semicolon) that performs {@code store}. */
  String store(StoreOp store, String value, String buffer, String offset) {
    Type.Buffer type = (Type.Buffer) store.buffer().type();
    ScalarKind kind = ClTypes.kindOf(store.value());
    String element = buffer + "[" + offset + "]";
    DType dtype = type.dtype();
    if (!accepts(dtype, kind)) {
      throw new IllegalArgumentException("loop.store of a " + kind.irName() + " into " + type
          + " has no OpenCL form (" + store.location() + ")");
    }
    return switch (dtype) {
      case F16 -> "vstore_half_rte(" + value + ", " + offset + ", ("
          + ClTypes.addressSpace(type) + " half*) " + buffer + ")";
      case BF16 -> element + " = " + prelude.call(PreludeFunction.F32_TO_BF16, value);
      case BOOL -> element + " = " + value + " ? 1 : 0";
      case I8 -> element + " = "
          + (kind == ScalarKind.I8 ? value : "as_char((uchar) " + value + ")");
      default -> element + " = " + value;
    };
  }

  /** Whether a value of {@code kind} may be stored into {@code dtype} elements. */
  private static boolean accepts(DType dtype, ScalarKind kind) {
    return switch (dtype) {
      case F16, BF16, F32 -> ClTypes.isSingle(kind);
      case I8 -> kind == ScalarKind.I8 || kind == ScalarKind.I32 || kind == ScalarKind.INDEX
          || kind == ScalarKind.I64;
      case I32 -> kind == ScalarKind.I32 || kind == ScalarKind.INDEX;
      default -> kind == ScalarKind.of(dtype);
    };
  }
}
