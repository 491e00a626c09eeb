/**
 * The {@code gpu} dialect, shared by every GPU target (OpenCL now, PTX next): kernels launched
 * over a grid of work-groups, thread and group ids, work-group local memory, barriers and
 * work-group reductions, and the host-side launch that keeps a CPU fallback beside the kernel.
 *
 * <p>Kernels reuse the loop dialect's {@code loop.for}, {@code loop.load} and {@code loop.store}
 * and the arith dialect; buffers carry their address space in their type ({@code buffer<f32[256],
 * local>}).
 */
package dev.strata.ir.dialect.gpu;
