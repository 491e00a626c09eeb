/**
 * The run-time service interface of accelerator back ends.
 *
 * <p>A back end is a jar on the class path that registers a {@link dev.strata.device.DeviceBackend}
 * in {@code META-INF/services}. Strata's dispatcher discovers every registered back end once,
 * asks each for its {@link dev.strata.device.Device}s and their {@link dev.strata.device.DeviceInfo
 * limits}, and launches the device programs the annotation processor generated on them. Nothing in
 * the core names a particular back end: adding a target is adding a jar.
 */
package dev.strata.device;
