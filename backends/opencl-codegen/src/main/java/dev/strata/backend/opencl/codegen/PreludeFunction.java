package dev.strata.backend.opencl.codegen;

import java.util.List;

/**
 * The helper functions a program may need, each reproducing a piece of Java's semantics that
 * OpenCL C lacks. A program's prelude holds only those its kernel calls, in this order.
 */
enum PreludeFunction {
  /** {@code Math.max} on floats: NaN wins and -0.0 is below 0.0 (OpenCL's fmax drops NaN). */
  MAX_F32("strata_max_f32", """
      // Java's Math.max(float, float): NaN if either is NaN, and -0.0f < 0.0f.
      float strata_max_f32(float a, float b) {
        if (isnan(a) || isnan(b)) {
          return a + b;
        }
        if (a == 0.0f && b == 0.0f) {
          return signbit(a) ? b : a;
        }
        return a > b ? a : b;
      }
      """),
  /** {@code Math.min} on floats. */
  MIN_F32("strata_min_f32", """
      // Java's Math.min(float, float): NaN if either is NaN, and -0.0f < 0.0f.
      float strata_min_f32(float a, float b) {
        if (isnan(a) || isnan(b)) {
          return a + b;
        }
        if (a == 0.0f && b == 0.0f) {
          return signbit(a) ? a : b;
        }
        return a < b ? a : b;
      }
      """),
  /** {@code Math.max} on doubles. */
  MAX_F64("strata_max_f64", """
      // Java's Math.max(double, double): NaN if either is NaN, and -0.0 < 0.0.
      double strata_max_f64(double a, double b) {
        if (isnan(a) || isnan(b)) {
          return a + b;
        }
        if (a == 0.0 && b == 0.0) {
          return signbit(a) ? b : a;
        }
        return a > b ? a : b;
      }
      """),
  /** {@code Math.min} on doubles. */
  MIN_F64("strata_min_f64", """
      // Java's Math.min(double, double): NaN if either is NaN, and -0.0 < 0.0.
      double strata_min_f64(double a, double b) {
        if (isnan(a) || isnan(b)) {
          return a + b;
        }
        if (a == 0.0 && b == 0.0) {
          return signbit(a) ? a : b;
        }
        return a < b ? a : b;
      }
      """),
  /** {@code Math.pow} on floats, where C's pow differs for NaN and infinite exponents. */
  POW_F32("strata_pow_f32", """
      // Java's Math.pow: a NaN exponent gives NaN (C: pow(1, NaN) is 1), and so does
      // (+-1) to an infinite power (C: 1).
      float strata_pow_f32(float a, float b) {
        if (isnan(b)) {
          return b;
        }
        if (isinf(b) && fabs(a) == 1.0f) {
          return NAN;
        }
        return pow(a, b);
      }
      """),
  /** {@code Math.pow} on doubles. */
  POW_F64("strata_pow_f64", """
      // Java's Math.pow: a NaN exponent gives NaN (C: pow(1, NaN) is 1), and so does
      // (+-1) to an infinite power (C: 1).
      double strata_pow_f64(double a, double b) {
        if (isnan(b)) {
          return b;
        }
        if (isinf(b) && fabs(a) == 1.0) {
          return (double) NAN;
        }
        return pow(a, b);
      }
      """),
  /** Java's {@code int} division, reporting a zero divisor through the kernel's trap flag. */
  DIV_I32("strata_div_i32", checkedDivision("int", "/", "as_int(-as_uint(a))")),
  /** Java's {@code int} remainder. */
  REM_I32("strata_rem_i32", checkedDivision("int", "%", "0")),
  /** Java's {@code long} division. */
  DIV_I64("strata_div_i64", checkedDivision("long", "/", "as_long(-as_ulong(a))")),
  /** Java's {@code long} remainder. */
  REM_I64("strata_rem_i64", checkedDivision("long", "%", "0")),
  /** {@code IntegerArithmetic.pow} for exponents of at least zero. */
  POW_NATURAL_I32("strata_pow_natural_i32", """
      // IntegerArithmetic.pow(base, e) for e >= 0: square and multiply, wrapping like int.
      int strata_pow_natural_i32(int base, int e) {
        uint result = 1u;
        uint square = as_uint(base);
        for (uint k = (uint) e; k != 0u; k >>= 1) {
          if ((k & 1u) != 0u) {
            result *= square;
          }
          square *= square;
        }
        return as_int(result);
      }
      """),
  /** {@code IntegerArithmetic.pow}, reporting zero to a negative power through the trap flag. */
  POW_I32("strata_pow_i32", """
      // IntegerArithmetic.pow(base, e): a negative e gives 1 / base^-e in integer division, and
      // for base 0 sets the trap flag (the host then runs the CPU loops, which throw).
      int strata_pow_i32(int base, int e, __global int* trap) {
        if (e >= 0) {
          return strata_pow_natural_i32(base, e);
        }
        if (base == 0) {
          *trap = 1;
          return 0;
        }
        return base == 1 ? 1 : base == -1 ? ((e & 1) == 0 ? 1 : -1) : 0;
      }
      """),
  /** The tanh approximation of GELU in float, in a form that does not cancel for x < 0. */
  GELU_F32("strata_gelu_f32", """
      // GELU, tanh approximation: 0.5 x (1 + tanh(z)) with z = sqrt(2 / pi) (x + 0.044715 x^3),
      // computed as x / (1 + exp(-2 z)), the same value: for x << 0, 1 + tanh(z) in float loses
      // the digits the reference keeps by computing in 64 bits, and this form loses none.
      // The limits hold: -inf gives NaN (as 0.5 * -inf * 0 does), +inf gives +inf.
      float strata_gelu_f32(float x) {
        float z = 0.7978846f * (x + 0.044715f * x * x * x);
        return x / (1.0f + exp(-2.0f * z));
      }
      """),
  /** The tanh approximation of GELU in double. */
  GELU_F64("strata_gelu_f64", """
      // GELU, tanh approximation: 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))), with
      // tanh(z) exactly +-1 from |z| = 20 on, where it rounds to that in double.
      double strata_gelu_f64(double x) {
        double z = 0.7978845608028654 * (x + 0.044715 * x * x * x);
        double t = fabs(z) >= 20.0 ? copysign(1.0, z) : tanh(z);
        return 0.5 * x * (1.0 + t);
      }
      """),
  /** {@code RandomStream.bits}: SplitMix64's finalizer over the counter. */
  RANDOM_BITS("strata_random_bits", """
      // RandomStream.bits(seed, index): SplitMix64's finalizer applied to
      // seed * 0x9E3779B97F4A7C15 + index, all wrapping in 64 bits.
      ulong strata_random_bits(long seed, long index) {
        ulong z = as_ulong(seed) * 0x9E3779B97F4A7C15UL + as_ulong(index);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
      }
      """),
  /** {@code RandomStream.uniform} with at most 24 bits, exact in float. */
  RANDOM_UNIFORM_F32("strata_random_uniform_f32", """
      // RandomStream.uniform(seed, index, dtype) for p <= 24 bits: the top p bits times 2^-p.
      float strata_random_uniform_f32(long seed, long index, int p) {
        return ldexp((float) (strata_random_bits(seed, index) >> (64 - p)), -p);
      }
      """),
  /** {@code RandomStream.uniform} with 53 bits. */
  RANDOM_UNIFORM_F64("strata_random_uniform_f64", """
      // RandomStream.uniform(seed, index): the top 53 bits times 2^-53.
      double strata_random_uniform_f64(long seed, long index) {
        return ldexp((double) (strata_random_bits(seed, index) >> 11), -53);
      }
      """),
  /** {@code RandomStream.normal}: Box–Muller in double. */
  RANDOM_NORMAL("strata_random_normal", """
      // RandomStream.normal(seed, index): the cosine branch of Box-Muller over the 53-bit
      // uniforms at counters 2 * index and 2 * index + 1 (wrapping); log and cos are the
      // device's, within a few ulps of Java's.
      double strata_random_normal(long seed, long index) {
        ulong counter = as_ulong(index) * 2UL;
        double u1 = strata_random_uniform_f64(seed, as_long(counter));
        double u2 = strata_random_uniform_f64(seed, as_long(counter + 1UL));
        return sqrt(-2.0 * log(1.0 - u1)) * cos(2.0 * M_PI * u2);
      }
      """),
  /** A double rounded to float by round-to-odd, so that rounding on to F16 or BF16 is exact. */
  F64_TO_F32_ODD("strata_f64_to_f32_odd", """
      // x rounded to float toward zero, the last bit set when that lost anything ("round to
      // odd"): rounding this on to binary16 or bfloat16 gives what one rounding of x would, as
      // HalfFloats.doubleToF16 and doubleToBf16 do; a nearest float could be a tie that is not.
      float strata_f64_to_f32_odd(double x) {
        float f = convert_float_rtz(x);
        return (double) f == x || isnan(x) ? f : as_float(as_uint(f) | 1u);
      }
      """),
  /** An int rounded to float by round-to-odd. */
  I32_TO_F32_ODD("strata_i32_to_f32_odd", """
      // x rounded to float toward zero, the last bit set when that lost anything: rounding this
      // on to binary16 or bfloat16 gives what one rounding of x would (a float has 24 bits).
      float strata_i32_to_f32_odd(int x) {
        float f = convert_float_rtz(x);
        return convert_int_rtz(f) == x ? f : as_float(as_uint(f) | 1u);
      }
      """),
  /** A long rounded to float by round-to-odd. */
  I64_TO_F32_ODD("strata_i64_to_f32_odd", """
      // x rounded to float toward zero, the last bit set when that lost anything.
      float strata_i64_to_f32_odd(long x) {
        float f = convert_float_rtz(x);
        return convert_long_rtz(f) == x ? f : as_float(as_uint(f) | 1u);
      }
      """),
  /** A float rounded through binary16 and back, bit for bit, without cl_khr_fp16. */
  ROUND_F16("strata_round_f16", """
      // Float.float16ToFloat(Float.floatToFloat16(x)): x rounded to the nearest binary16 value,
      // ties to even; overflow gives an infinity, NaN stays NaN. Integer arithmetic only, so it
      // needs no half support and is exact even where the device flushes float subnormals.
      float strata_round_f16(float x) {
        uint bits = as_uint(x);
        uint sign = bits & 0x80000000u;
        uint mag = bits & 0x7fffffffu;
        if (mag >= 0x7f800000u) {
          return x;
        }
        if (mag >= 0x38800000u) {
          uint rounded = (mag + 0x0fffu + ((mag >> 13) & 1u)) & 0xffffe000u;
          return as_float(sign | (rounded > 0x477fe000u ? 0x7f800000u : rounded));
        }
        int shift = 126 - (int) (mag >> 23);
        if (shift > 24) {
          return as_float(sign);
        }
        uint significand = (mag & 0x007fffffu) | 0x00800000u;
        uint kept = significand >> shift;
        uint rest = significand & ((1u << shift) - 1u);
        uint halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (kept & 1u) != 0u)) {
          kept++;
        }
        return as_float(sign | as_uint((float) kept * 5.9604645e-8f));
      }
      """),
  /** A float rounded to bfloat16 bits, as HalfFloats.floatToBf16. */
  F32_TO_BF16("strata_f32_to_bf16", """
      // HalfFloats.floatToBf16(x): round to nearest, ties to even; a NaN stays a quiet NaN.
      ushort strata_f32_to_bf16(float x) {
        uint bits = as_uint(x);
        if ((bits & 0x7fffffffu) > 0x7f800000u) {
          return (ushort) ((bits >> 16) | 0x0040u);
        }
        return (ushort) ((bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16);
      }
      """),
  /** A float rounded through bfloat16 and back. */
  ROUND_BF16("strata_round_bf16", """
      // HalfFloats.bf16ToFloat(HalfFloats.floatToBf16(x)).
      float strata_round_bf16(float x) {
        return as_float(((uint) strata_f32_to_bf16(x)) << 16);
      }
      """);

  private final String function;
  private final String source;

  /**
   * Java's {@code a / b} or {@code a % b} on {@code type}: a zero divisor sets the trap flag (the
   * host then runs the CPU loops, which throw as Java does) and gives 0 here; a divisor of -1
   * gives {@code byMinusOne}, where C's would overflow on {@code MIN_VALUE}.
   */
  private static String checkedDivision(String type, String operator, String byMinusOne) {
    String name = "strata_" + (operator.equals("/") ? "div" : "rem") + (type.equals("int") ? "_i32" : "_i64");
    return """
        // Java's a %2$s b on %1$ss: a zero divisor sets the trap flag (the host then runs the CPU
        // loops, which throw as Java does) and gives 0 here; by -1 it gives %3$s.
        %1$s %4$s(%1$s a, %1$s b, __global int* trap) {
          if (b == 0) {
            *trap = 1;
            return 0;
          }
          return b == -1 ? %3$s : a %2$s b;
        }
        """.formatted(type, operator, byMinusOne, name);
  }

  PreludeFunction(String function, String source) {
    this.function = function;
    this.source = source;
  }

  /** The C function's name. */
  String function() {
    return function;
  }

  /** The C definition, with a comment saying which Java behaviour it reproduces. */
  String source() {
    return source;
  }

  /** The helpers this one calls. */
  List<PreludeFunction> needs() {
    return switch (this) {
      case ROUND_BF16 -> List.of(F32_TO_BF16);
      case POW_I32 -> List.of(POW_NATURAL_I32);
      case RANDOM_UNIFORM_F32, RANDOM_UNIFORM_F64 -> List.of(RANDOM_BITS);
      case RANDOM_NORMAL -> List.of(RANDOM_UNIFORM_F64);
      default -> List.of();
    };
  }
}
