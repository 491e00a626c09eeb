package dev.strata.internal;

import dev.strata.DType;
import java.util.Objects;

/**
 * The counter-based random numbers behind {@link dev.strata.Tensor#rand} and {@link
 * dev.strata.Tensor#randn}: every value is a pure function of a seed and an element index, so
 * compiled code can reproduce any element on its own, in any order, on any device.
 *
 * <h2>The bits</h2>
 *
 * <p>{@code bits(seed, index)} is the SplitMix64 output function (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014; the finalizer is Stafford's "Mix13")
 * applied to the counter {@code x = seed * 0x9E3779B97F4A7C15L + index}, all in wrapping 64-bit
 * arithmetic:
 *
 * <pre>{@code
 * z = x;
 * z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
 * z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
 * z = z ^ (z >>> 31);
 * }</pre>
 *
 * <h2>Uniform</h2>
 *
 * <p>{@code uniform(seed, index, dtype)} keeps the top {@code p} bits of {@code bits(seed, index)}
 * and scales them by {@code 2^-p}, where {@code p} is the dtype's precision: 53 for F64, 24 for
 * F32, 11 for F16 and 8 for BF16 (24 for I32, I8 and BOOL, which then convert like {@link
 * dev.strata.Tensor#to}). The result is {@code k / 2^p} for an integer {@code 0 <= k < 2^p},
 * exactly representable in the dtype, so storing it never rounds up to 1.0.
 *
 * <h2>Normal</h2>
 *
 * <p>{@code normal(seed, index)} is the cosine branch of the Box–Muller transform over the two
 * 53-bit uniforms at counters {@code 2 * index} and {@code 2 * index + 1} (wrapping):
 *
 * <pre>{@code
 * u1 = uniform(seed, 2 * index);          // in [0, 1)
 * u2 = uniform(seed, 2 * index + 1);
 * normal = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
 * }</pre>
 *
 * <p>{@code 1 - u1} lies in {@code (0, 1]}, so the logarithm is never taken of zero. The value is
 * computed in {@code double}; a tensor rounds it to its dtype on store.
 *
 * <p>Run-time support for code Strata generates and for the eager reference; not user API.
 */
public final class RandomStream {
  /** The golden-ratio increment of SplitMix64, used to spread seeds apart. */
  public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private RandomStream() {}

  /**
   * The 64 random bits for element {@code index} of the stream {@code seed}.
   *
   * @param seed the stream's seed
   * @param index the element's counter
   * @return SplitMix64's finalizer applied to {@code seed * GOLDEN_GAMMA + index}
   */
  public static long bits(long seed, long index) {
    long z = seed * GOLDEN_GAMMA + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A uniform value in {@code [0, 1)} with 53 random bits, the F64 precision.
   *
   * @param seed the stream's seed
   * @param index the element's counter
   * @return {@code (bits(seed, index) >>> 11) * 2^-53}
   */
  public static double uniform(long seed, long index) {
    return uniformBits(seed, index, 53);
  }

  /**
   * A uniform value in {@code [0, 1)} with as many random bits as {@code dtype} has significand
   * bits (53 F64, 24 F32, 11 F16, 8 BF16, 24 for the others), so it is exactly representable in
   * {@code dtype} and never rounds to 1.0 there.
   *
   * @param seed the stream's seed
   * @param index the element's counter
   * @param dtype the dtype the value will be stored in
   * @return {@code (bits(seed, index) >>> (64 - p)) * 2^-p}
   */
  public static double uniform(long seed, long index, DType dtype) {
    Objects.requireNonNull(dtype, "dtype");
    return uniformBits(seed, index, precision(dtype));
  }

  /**
   * A standard normal value by the Box–Muller transform described in the class comment.
   *
   * @param seed the stream's seed
   * @param index the element's counter
   * @return {@code sqrt(-2 ln(1 - u1)) * cos(2 pi u2)} for the uniforms at counters {@code 2 *
   *     index} and {@code 2 * index + 1}
   */
  public static double normal(long seed, long index) {
    double u1 = uniform(seed, 2 * index);
    double u2 = uniform(seed, 2 * index + 1);
    return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /**
   * The number of random bits {@link #uniform(long, long, DType)} uses for {@code dtype}.
   *
   * @param dtype the dtype
   * @return 53 for F64, 24 for F32, 11 for F16, 8 for BF16 and 24 for I32, I8 and BOOL
   */
  public static int precision(DType dtype) {
    return switch (dtype) {
      case F64 -> 53;
      case F32, I32, I8, BOOL -> 24;
      case F16 -> 11;
      case BF16 -> 8;
    };
  }

  private static double uniformBits(long seed, long index, int precision) {
    return (bits(seed, index) >>> (64 - precision)) * Math.scalb(1.0, -precision);
  }
}
