/**
 * Placement of a compiled kernel's groups on devices at run time: the plan the processor
 * generates ({@link dev.strata.runtime.device.KernelPlan}), one call's buffers and launches
 * ({@link dev.strata.runtime.device.KernelRun}), the choice of device and the fallbacks ({@link
 * dev.strata.runtime.device.Placement}), and what users can read about it ({@link
 * dev.strata.runtime.device.DeviceStats}, {@link dev.strata.runtime.device.Explain}).
 */
package dev.strata.runtime.device;
