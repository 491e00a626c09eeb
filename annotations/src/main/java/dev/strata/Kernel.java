package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method over {@link Tensor} values as a kernel. Strata's annotation processor
 * compiles it into a method of the same name and parameters on the generated class
 * {@code <Class>Kernels}; the annotated method itself keeps running eagerly through
 * {@link Tensor}'s reference implementation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Kernel {}
