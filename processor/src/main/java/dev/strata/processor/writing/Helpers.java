package dev.strata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/** Small private methods that generated classes carry for their scalar code. */
final class Helpers {
  private Helpers() {}

  /** The tanh approximation of GELU in double, exactly as the eager reference computes it. */
  static MethodSpec gelu() {
    return MethodSpec.methodBuilder("gelu").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(double.class).addParameter(double.class, "x")
        .addStatement("return 0.5 * x * (1.0 + Math.tanh(Math.sqrt(2.0 / Math.PI) * (x + 0.044715 * x * x * x)))")
        .build();
  }

  /**
   * exp on f32 lanes, inline instead of the Vector API's library call: Cody-Waite reduction
   * {@code x = n ln2 + r}, |r| <= ln2/2, a degree-6 Taylor polynomial for {@code e^r} (truncation
   * below 1.3e-7 relative) and {@code 2^n} applied as two factors built in the exponent bits, so
   * that overflow gives +inf and underflow gives subnormals and then 0, as {@code Math.exp} does;
   * NaN stays NaN.
   */
  static MethodSpec vectorExp() {
    ClassName fv = ClassName.get("jdk.incubator.vector", "FloatVector");
    ClassName iv = ClassName.get("jdk.incubator.vector", "IntVector");
    ClassName ops = ClassName.get("jdk.incubator.vector", "VectorOperators");
    return MethodSpec.methodBuilder("exp").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(fv).addParameter(fv, "x")
        .addStatement("$T c = x.max(-104f).min(89f)", fv)
        .addStatement("$T n = c.mul(1.442695f).add(12582912f).sub(12582912f)", fv)
        .addStatement("$T r = c.sub(n.mul(0.693359375f)).sub(n.mul(-2.12194440e-4f))", fv)
        .addStatement("$T p = $T.broadcast(FS, 1.3888889e-3f).fma(r, $T.broadcast(FS, 8.333333e-3f))", fv, fv, fv)
        .addStatement("p = p.fma(r, $T.broadcast(FS, 4.1666668e-2f))", fv)
        .addStatement("p = p.fma(r, $T.broadcast(FS, 0.16666667f))", fv)
        .addStatement("p = p.fma(r, $T.broadcast(FS, 0.5f))", fv)
        .addStatement("p = p.fma(r, $T.broadcast(FS, 1f))", fv)
        .addStatement("p = p.fma(r, $T.broadcast(FS, 1f))", fv)
        .addStatement("$T k = ($T) n.convert($T.F2I, 0)", iv, iv, ops)
        .addStatement("$T half = k.lanewise($T.ASHR, 1)", iv, ops)
        .addStatement("$T s1 = half.add(127).lanewise($T.LSHL, 23).reinterpretAsFloats()", fv, ops)
        .addStatement("$T s2 = k.sub(half).add(127).lanewise($T.LSHL, 23).reinterpretAsFloats()", fv, ops)
        .addStatement("return p.mul(s1).mul(s2)")
        .build();
  }
}
