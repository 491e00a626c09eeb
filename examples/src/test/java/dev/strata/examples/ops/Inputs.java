package dev.strata.examples.ops;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random arguments for a kernel of {@link OpsSignatures}, chosen so every op is defined on them. */
final class Inputs {
  private Inputs() {}

  /** Arguments for {@code kernel} with dim sizes {@code dims} (symbol to size). */
  static Object[] forKernel(String kernel, List<String> params, Map<String, Long> dims, long seed) {
    Random random = new Random(seed);
    String op = kernel.substring(kernel.indexOf('.') + 1);
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      String p = params.get(i);
      if (p.equals("double")) {
        args.add(Math.round(random.nextGaussian() * 4) / 2.0);
        continue;
      }
      DType dtype = DType.valueOf(p.substring(0, p.indexOf('[')));
      String[] names = p.substring(p.indexOf('[') + 1, p.length() - 1).split(",");
      long[] shape = new long[names[0].isEmpty() ? 0 : names.length];
      for (int d = 0; d < shape.length; d++) {
        String n = names[d].trim();
        shape[d] = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : dims.get(n);
      }
      args.add(tensor(op, i, dtype, shape, random.nextLong()));
    }
    return args.toArray();
  }

  private static Tensor tensor(String op, int index, DType dtype, long[] shape, long seed) {
    boolean positive = op.equals("log") || op.equals("sqrt") || op.equals("rsqrt") || op.equals("reciprocal")
        || op.equals("pow");
    if (dtype == DType.BOOL) {
      return Tensor.rand(seed, DType.F32, shape).gt(0.5);
    }
    if (dtype.isInteger()) {
      Tensor u = Tensor.rand(seed, DType.F64, shape);
      if (op.equals("div") && index == 1) {
        return u.mul(9).add(1).to(dtype).mul(u.gt(0.5).to(dtype).mul(2).sub(1)); // +-[1, 10]
      }
      if (op.equals("pow")) {
        return index == 0 ? u.mul(7).sub(3).to(dtype) : u.mul(4).to(dtype);
      }
      return u.mul(21).sub(10).to(dtype); // [-10, 10]
    }
    if (positive) {
      return Tensor.rand(seed, DType.F64, shape).mul(1.5).add(0.5).to(dtype);
    }
    return Tensor.randn(seed, DType.F64, shape).mul(2).to(dtype);
  }

  /**
   * The tolerance for comparing compiled with eager results of {@code dtype}, used as both the
   * relative and the absolute tolerance of {@code allClose}:
   * <ul>
   *   <li>I32, I8, BOOL: 0, the results must be identical;
   *   <li>F64: 1e-9 (vector transcendentals differ by an ulp, reductions by summation order);
   *   <li>F32: 1e-4 (the same, in single precision, for sums of up to a few hundred terms);
   *   <li>F16: 1e-2 and BF16: 4e-2 (compiled code keeps fused intermediates in f32, the reference
   *       rounds each op's result to 16 bits: a few 16-bit ulps apart).
   * </ul>
   */
  static double tolerance(DType dtype) {
    return switch (dtype) {
      case I32, I8, BOOL -> 0;
      case F64 -> 1e-9;
      case F32 -> 1e-4;
      case F16 -> 1e-2;
      case BF16 -> 4e-2;
    };
  }
}
