package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape contract of a {@link Tensor} parameter of a {@link Kernel}: one entry per axis, each a
 * symbol ({@code "N"}) bound at call time or a non-negative integer literal ({@code "3"}), and the
 * element type.
 *
 * <pre>{@code @Shape({"N", "D"}) Tensor x}</pre>
 *
 * <pre>{@code @Shape(value = {"N", "3"}, dtype = DType.F64) Tensor points}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Shape {
  /** The dims, outermost first; an empty array declares a rank-0 tensor. */
  String[] value();

  /** The element type. */
  DType dtype() default DType.F32;
}
