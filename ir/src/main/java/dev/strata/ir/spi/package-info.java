/**
 * The compile-time service interface of device targets: a jar on the annotation processor's path
 * that registers a {@link dev.strata.ir.spi.KernelTarget} turns the {@code gpu} kernels of a
 * module into programs for its devices. Its run-time half is a {@code dev.strata.device} back end
 * of the same name.
 */
package dev.strata.ir.spi;
