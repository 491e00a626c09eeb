package dev.strata.backend.cpu;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked {@code float} micro-kernels on the Vector API: C[mr x 2L] (+)= A panel x B
 * panel, where L is the lane count of {@link FloatVector#SPECIES_PREFERRED}.
 *
 * <p>Each depth step loads two vectors of the B panel, broadcasts {@code mr} elements of the A
 * panel and issues {@code 2 * mr} independent fused multiply-adds into accumulators that live in
 * registers for the whole depth. The tile shape is picked by register count: 12 x 2 vectors (24
 * accumulators) where vectors are 512 bits wide (AVX-512 has 32 vector registers), 4 x 2 (8
 * accumulators) otherwise, as HotSpot starts spilling accumulators past about 9 with 16 registers.
 * Measured on Zen 5 with L1-resident panels: 12 x 2 reaches about 270 GFLOP/s per core (6 x 2 to
 * 14 x 2 are within noise of it); on 256-bit vectors 4 x 2 reaches 130 where 6 x 2 falls to 65.
 *
 * <p>The kernels are unrolled by hand and store C inline: a helper taking the accumulators as
 * arguments is not inlined into a method this large, and the vectors would then be boxed.
 */
final class FloatMicroKernels {
  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  static final int L = S.length();
  /** The rows of the micro-tile: 12 with 32 vector registers of 512 bits (AVX-512), 4 otherwise. */
  static final int MR = S.vectorBitSize() >= 512 ? 12 : 4;

  private FloatMicroKernels() {}

  /** The {@code 4 x 2L} tile over {@code kc} depth steps, at {@code c[cOff]} with row stride {@code ldc}. */
  static void mul4x2(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
      boolean accumulate) {
    FloatVector c00 = FloatVector.zero(S); FloatVector c01 = FloatVector.zero(S);
    FloatVector c10 = FloatVector.zero(S); FloatVector c11 = FloatVector.zero(S);
    FloatVector c20 = FloatVector.zero(S); FloatVector c21 = FloatVector.zero(S);
    FloatVector c30 = FloatVector.zero(S); FloatVector c31 = FloatVector.zero(S);
    for (int p = 0, ao = aOff, bo = bOff; p < kc; p++, ao += 4, bo += 2 * L) {
      FloatVector b0 = FloatVector.fromArray(S, b, bo); FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
      FloatVector a0 = FloatVector.broadcast(S, a[ao]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(S, a[ao + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(S, a[ao + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(S, a[ao + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
    }
    if (accumulate) {
      c00.add(FloatVector.fromArray(S, c, cOff)).intoArray(c, cOff);
      c01.add(FloatVector.fromArray(S, c, cOff + L)).intoArray(c, cOff + L);
      c10.add(FloatVector.fromArray(S, c, cOff + ldc)).intoArray(c, cOff + ldc);
      c11.add(FloatVector.fromArray(S, c, cOff + ldc + L)).intoArray(c, cOff + ldc + L);
      c20.add(FloatVector.fromArray(S, c, cOff + 2 * ldc)).intoArray(c, cOff + 2 * ldc);
      c21.add(FloatVector.fromArray(S, c, cOff + 2 * ldc + L)).intoArray(c, cOff + 2 * ldc + L);
      c30.add(FloatVector.fromArray(S, c, cOff + 3 * ldc)).intoArray(c, cOff + 3 * ldc);
      c31.add(FloatVector.fromArray(S, c, cOff + 3 * ldc + L)).intoArray(c, cOff + 3 * ldc + L);
    } else {
      c00.intoArray(c, cOff); c01.intoArray(c, cOff + L);
      c10.intoArray(c, cOff + ldc); c11.intoArray(c, cOff + ldc + L);
      c20.intoArray(c, cOff + 2 * ldc); c21.intoArray(c, cOff + 2 * ldc + L);
      c30.intoArray(c, cOff + 3 * ldc); c31.intoArray(c, cOff + 3 * ldc + L);
    }
  }

  /** The {@code 12 x 2L} tile over {@code kc} depth steps, at {@code c[cOff]} with row stride {@code ldc}. */
  static void mul12x2(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
      boolean accumulate) {
    FloatVector c00 = FloatVector.zero(S); FloatVector c01 = FloatVector.zero(S);
    FloatVector c10 = FloatVector.zero(S); FloatVector c11 = FloatVector.zero(S);
    FloatVector c20 = FloatVector.zero(S); FloatVector c21 = FloatVector.zero(S);
    FloatVector c30 = FloatVector.zero(S); FloatVector c31 = FloatVector.zero(S);
    FloatVector c40 = FloatVector.zero(S); FloatVector c41 = FloatVector.zero(S);
    FloatVector c50 = FloatVector.zero(S); FloatVector c51 = FloatVector.zero(S);
    FloatVector c60 = FloatVector.zero(S); FloatVector c61 = FloatVector.zero(S);
    FloatVector c70 = FloatVector.zero(S); FloatVector c71 = FloatVector.zero(S);
    FloatVector c80 = FloatVector.zero(S); FloatVector c81 = FloatVector.zero(S);
    FloatVector c90 = FloatVector.zero(S); FloatVector c91 = FloatVector.zero(S);
    FloatVector c100 = FloatVector.zero(S); FloatVector c101 = FloatVector.zero(S);
    FloatVector c110 = FloatVector.zero(S); FloatVector c111 = FloatVector.zero(S);
    for (int p = 0, ao = aOff, bo = bOff; p < kc; p++, ao += 12, bo += 2 * L) {
      FloatVector b0 = FloatVector.fromArray(S, b, bo); FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
      FloatVector a0 = FloatVector.broadcast(S, a[ao]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(S, a[ao + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(S, a[ao + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(S, a[ao + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.broadcast(S, a[ao + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.broadcast(S, a[ao + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      FloatVector a6 = FloatVector.broadcast(S, a[ao + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      FloatVector a7 = FloatVector.broadcast(S, a[ao + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
      FloatVector a8 = FloatVector.broadcast(S, a[ao + 8]);
      c80 = a8.fma(b0, c80); c81 = a8.fma(b1, c81);
      FloatVector a9 = FloatVector.broadcast(S, a[ao + 9]);
      c90 = a9.fma(b0, c90); c91 = a9.fma(b1, c91);
      FloatVector a10 = FloatVector.broadcast(S, a[ao + 10]);
      c100 = a10.fma(b0, c100); c101 = a10.fma(b1, c101);
      FloatVector a11 = FloatVector.broadcast(S, a[ao + 11]);
      c110 = a11.fma(b0, c110); c111 = a11.fma(b1, c111);
    }
    if (accumulate) {
      c00.add(FloatVector.fromArray(S, c, cOff)).intoArray(c, cOff);
      c01.add(FloatVector.fromArray(S, c, cOff + L)).intoArray(c, cOff + L);
      c10.add(FloatVector.fromArray(S, c, cOff + ldc)).intoArray(c, cOff + ldc);
      c11.add(FloatVector.fromArray(S, c, cOff + ldc + L)).intoArray(c, cOff + ldc + L);
      c20.add(FloatVector.fromArray(S, c, cOff + 2 * ldc)).intoArray(c, cOff + 2 * ldc);
      c21.add(FloatVector.fromArray(S, c, cOff + 2 * ldc + L)).intoArray(c, cOff + 2 * ldc + L);
      c30.add(FloatVector.fromArray(S, c, cOff + 3 * ldc)).intoArray(c, cOff + 3 * ldc);
      c31.add(FloatVector.fromArray(S, c, cOff + 3 * ldc + L)).intoArray(c, cOff + 3 * ldc + L);
      c40.add(FloatVector.fromArray(S, c, cOff + 4 * ldc)).intoArray(c, cOff + 4 * ldc);
      c41.add(FloatVector.fromArray(S, c, cOff + 4 * ldc + L)).intoArray(c, cOff + 4 * ldc + L);
      c50.add(FloatVector.fromArray(S, c, cOff + 5 * ldc)).intoArray(c, cOff + 5 * ldc);
      c51.add(FloatVector.fromArray(S, c, cOff + 5 * ldc + L)).intoArray(c, cOff + 5 * ldc + L);
      c60.add(FloatVector.fromArray(S, c, cOff + 6 * ldc)).intoArray(c, cOff + 6 * ldc);
      c61.add(FloatVector.fromArray(S, c, cOff + 6 * ldc + L)).intoArray(c, cOff + 6 * ldc + L);
      c70.add(FloatVector.fromArray(S, c, cOff + 7 * ldc)).intoArray(c, cOff + 7 * ldc);
      c71.add(FloatVector.fromArray(S, c, cOff + 7 * ldc + L)).intoArray(c, cOff + 7 * ldc + L);
      c80.add(FloatVector.fromArray(S, c, cOff + 8 * ldc)).intoArray(c, cOff + 8 * ldc);
      c81.add(FloatVector.fromArray(S, c, cOff + 8 * ldc + L)).intoArray(c, cOff + 8 * ldc + L);
      c90.add(FloatVector.fromArray(S, c, cOff + 9 * ldc)).intoArray(c, cOff + 9 * ldc);
      c91.add(FloatVector.fromArray(S, c, cOff + 9 * ldc + L)).intoArray(c, cOff + 9 * ldc + L);
      c100.add(FloatVector.fromArray(S, c, cOff + 10 * ldc)).intoArray(c, cOff + 10 * ldc);
      c101.add(FloatVector.fromArray(S, c, cOff + 10 * ldc + L)).intoArray(c, cOff + 10 * ldc + L);
      c110.add(FloatVector.fromArray(S, c, cOff + 11 * ldc)).intoArray(c, cOff + 11 * ldc);
      c111.add(FloatVector.fromArray(S, c, cOff + 11 * ldc + L)).intoArray(c, cOff + 11 * ldc + L);
    } else {
      c00.intoArray(c, cOff); c01.intoArray(c, cOff + L);
      c10.intoArray(c, cOff + ldc); c11.intoArray(c, cOff + ldc + L);
      c20.intoArray(c, cOff + 2 * ldc); c21.intoArray(c, cOff + 2 * ldc + L);
      c30.intoArray(c, cOff + 3 * ldc); c31.intoArray(c, cOff + 3 * ldc + L);
      c40.intoArray(c, cOff + 4 * ldc); c41.intoArray(c, cOff + 4 * ldc + L);
      c50.intoArray(c, cOff + 5 * ldc); c51.intoArray(c, cOff + 5 * ldc + L);
      c60.intoArray(c, cOff + 6 * ldc); c61.intoArray(c, cOff + 6 * ldc + L);
      c70.intoArray(c, cOff + 7 * ldc); c71.intoArray(c, cOff + 7 * ldc + L);
      c80.intoArray(c, cOff + 8 * ldc); c81.intoArray(c, cOff + 8 * ldc + L);
      c90.intoArray(c, cOff + 9 * ldc); c91.intoArray(c, cOff + 9 * ldc + L);
      c100.intoArray(c, cOff + 10 * ldc); c101.intoArray(c, cOff + 10 * ldc + L);
      c110.intoArray(c, cOff + 11 * ldc); c111.intoArray(c, cOff + 11 * ldc + L);
    }
  }
}
