/**
 * The OpenCL back end at compile time: {@link dev.strata.backend.opencl.codegen.OpenClEmitter}
 * writes every {@code gpu.func} kernel of the {@code gpu} stage as its own OpenCL C program, with
 * Java's arithmetic (wrapping integers, saturating casts, {@code Math.max} on floats) spelled out
 * in portable OpenCL C 1.2. Nothing here touches a device; the run time builds the programs.
 */
package dev.strata.backend.opencl.codegen;
