/**
 * Lowering from the loop level to the {@code gpu} dialect: each top-level parallel loop a GPU can
 * run becomes a kernel ({@code gpu.func}) with one work-group per iteration, launched from the
 * host by a {@code gpu.launch} that keeps the loop as its CPU fallback; then work-group reductions
 * are expanded into trees in local memory.
 */
package dev.strata.ir.conversion.looptogpu;
