package dev.strata.processor.writing;

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
}
