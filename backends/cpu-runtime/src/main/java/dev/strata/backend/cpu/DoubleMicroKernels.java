package dev.strata.backend.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked {@code double} micro-kernels on the Vector API: C[mr x 2L] (+)= A panel x B
 * panel, where L is the lane count of {@link DoubleVector#SPECIES_PREFERRED}; the same shapes as
 * {@link FloatMicroKernels}, for the same reasons.
 */
final class DoubleMicroKernels {
  static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  static final int L = S.length();
  /** The rows of the micro-tile: 12 with 32 vector registers of 512 bits (AVX-512), 4 otherwise. */
  static final int MR = S.vectorBitSize() >= 512 ? 12 : 4;

  private DoubleMicroKernels() {}

  /** The {@code 4 x 2L} tile over {@code kc} depth steps, at {@code c[cOff]} with row stride {@code ldc}. */
  static void mul4x2(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
      boolean accumulate) {
    DoubleVector c00 = DoubleVector.zero(S); DoubleVector c01 = DoubleVector.zero(S);
    DoubleVector c10 = DoubleVector.zero(S); DoubleVector c11 = DoubleVector.zero(S);
    DoubleVector c20 = DoubleVector.zero(S); DoubleVector c21 = DoubleVector.zero(S);
    DoubleVector c30 = DoubleVector.zero(S); DoubleVector c31 = DoubleVector.zero(S);
    for (int p = 0, ao = aOff, bo = bOff; p < kc; p++, ao += 4, bo += 2 * L) {
      DoubleVector b0 = DoubleVector.fromArray(S, b, bo); DoubleVector b1 = DoubleVector.fromArray(S, b, bo + L);
      DoubleVector a0 = DoubleVector.broadcast(S, a[ao]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      DoubleVector a1 = DoubleVector.broadcast(S, a[ao + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      DoubleVector a2 = DoubleVector.broadcast(S, a[ao + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      DoubleVector a3 = DoubleVector.broadcast(S, a[ao + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
    }
    if (accumulate) {
      c00.add(DoubleVector.fromArray(S, c, cOff)).intoArray(c, cOff);
      c01.add(DoubleVector.fromArray(S, c, cOff + L)).intoArray(c, cOff + L);
      c10.add(DoubleVector.fromArray(S, c, cOff + ldc)).intoArray(c, cOff + ldc);
      c11.add(DoubleVector.fromArray(S, c, cOff + ldc + L)).intoArray(c, cOff + ldc + L);
      c20.add(DoubleVector.fromArray(S, c, cOff + 2 * ldc)).intoArray(c, cOff + 2 * ldc);
      c21.add(DoubleVector.fromArray(S, c, cOff + 2 * ldc + L)).intoArray(c, cOff + 2 * ldc + L);
      c30.add(DoubleVector.fromArray(S, c, cOff + 3 * ldc)).intoArray(c, cOff + 3 * ldc);
      c31.add(DoubleVector.fromArray(S, c, cOff + 3 * ldc + L)).intoArray(c, cOff + 3 * ldc + L);
    } else {
      c00.intoArray(c, cOff); c01.intoArray(c, cOff + L);
      c10.intoArray(c, cOff + ldc); c11.intoArray(c, cOff + ldc + L);
      c20.intoArray(c, cOff + 2 * ldc); c21.intoArray(c, cOff + 2 * ldc + L);
      c30.intoArray(c, cOff + 3 * ldc); c31.intoArray(c, cOff + 3 * ldc + L);
    }
  }

  /** The {@code 12 x 2L} tile over {@code kc} depth steps, at {@code c[cOff]} with row stride {@code ldc}. */
  static void mul12x2(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
      boolean accumulate) {
    DoubleVector c00 = DoubleVector.zero(S); DoubleVector c01 = DoubleVector.zero(S);
    DoubleVector c10 = DoubleVector.zero(S); DoubleVector c11 = DoubleVector.zero(S);
    DoubleVector c20 = DoubleVector.zero(S); DoubleVector c21 = DoubleVector.zero(S);
    DoubleVector c30 = DoubleVector.zero(S); DoubleVector c31 = DoubleVector.zero(S);
    DoubleVector c40 = DoubleVector.zero(S); DoubleVector c41 = DoubleVector.zero(S);
    DoubleVector c50 = DoubleVector.zero(S); DoubleVector c51 = DoubleVector.zero(S);
    DoubleVector c60 = DoubleVector.zero(S); DoubleVector c61 = DoubleVector.zero(S);
    DoubleVector c70 = DoubleVector.zero(S); DoubleVector c71 = DoubleVector.zero(S);
    DoubleVector c80 = DoubleVector.zero(S); DoubleVector c81 = DoubleVector.zero(S);
    DoubleVector c90 = DoubleVector.zero(S); DoubleVector c91 = DoubleVector.zero(S);
    DoubleVector c100 = DoubleVector.zero(S); DoubleVector c101 = DoubleVector.zero(S);
    DoubleVector c110 = DoubleVector.zero(S); DoubleVector c111 = DoubleVector.zero(S);
    for (int p = 0, ao = aOff, bo = bOff; p < kc; p++, ao += 12, bo += 2 * L) {
      DoubleVector b0 = DoubleVector.fromArray(S, b, bo); DoubleVector b1 = DoubleVector.fromArray(S, b, bo + L);
      DoubleVector a0 = DoubleVector.broadcast(S, a[ao]);
      c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
      DoubleVector a1 = DoubleVector.broadcast(S, a[ao + 1]);
      c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
      DoubleVector a2 = DoubleVector.broadcast(S, a[ao + 2]);
      c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
      DoubleVector a3 = DoubleVector.broadcast(S, a[ao + 3]);
      c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
      DoubleVector a4 = DoubleVector.broadcast(S, a[ao + 4]);
      c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41);
      DoubleVector a5 = DoubleVector.broadcast(S, a[ao + 5]);
      c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51);
      DoubleVector a6 = DoubleVector.broadcast(S, a[ao + 6]);
      c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61);
      DoubleVector a7 = DoubleVector.broadcast(S, a[ao + 7]);
      c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71);
      DoubleVector a8 = DoubleVector.broadcast(S, a[ao + 8]);
      c80 = a8.fma(b0, c80); c81 = a8.fma(b1, c81);
      DoubleVector a9 = DoubleVector.broadcast(S, a[ao + 9]);
      c90 = a9.fma(b0, c90); c91 = a9.fma(b1, c91);
      DoubleVector a10 = DoubleVector.broadcast(S, a[ao + 10]);
      c100 = a10.fma(b0, c100); c101 = a10.fma(b1, c101);
      DoubleVector a11 = DoubleVector.broadcast(S, a[ao + 11]);
      c110 = a11.fma(b0, c110); c111 = a11.fma(b1, c111);
    }
    if (accumulate) {
      c00.add(DoubleVector.fromArray(S, c, cOff)).intoArray(c, cOff);
      c01.add(DoubleVector.fromArray(S, c, cOff + L)).intoArray(c, cOff + L);
      c10.add(DoubleVector.fromArray(S, c, cOff + ldc)).intoArray(c, cOff + ldc);
      c11.add(DoubleVector.fromArray(S, c, cOff + ldc + L)).intoArray(c, cOff + ldc + L);
      c20.add(DoubleVector.fromArray(S, c, cOff + 2 * ldc)).intoArray(c, cOff + 2 * ldc);
      c21.add(DoubleVector.fromArray(S, c, cOff + 2 * ldc + L)).intoArray(c, cOff + 2 * ldc + L);
      c30.add(DoubleVector.fromArray(S, c, cOff + 3 * ldc)).intoArray(c, cOff + 3 * ldc);
      c31.add(DoubleVector.fromArray(S, c, cOff + 3 * ldc + L)).intoArray(c, cOff + 3 * ldc + L);
      c40.add(DoubleVector.fromArray(S, c, cOff + 4 * ldc)).intoArray(c, cOff + 4 * ldc);
      c41.add(DoubleVector.fromArray(S, c, cOff + 4 * ldc + L)).intoArray(c, cOff + 4 * ldc + L);
      c50.add(DoubleVector.fromArray(S, c, cOff + 5 * ldc)).intoArray(c, cOff + 5 * ldc);
      c51.add(DoubleVector.fromArray(S, c, cOff + 5 * ldc + L)).intoArray(c, cOff + 5 * ldc + L);
      c60.add(DoubleVector.fromArray(S, c, cOff + 6 * ldc)).intoArray(c, cOff + 6 * ldc);
      c61.add(DoubleVector.fromArray(S, c, cOff + 6 * ldc + L)).intoArray(c, cOff + 6 * ldc + L);
      c70.add(DoubleVector.fromArray(S, c, cOff + 7 * ldc)).intoArray(c, cOff + 7 * ldc);
      c71.add(DoubleVector.fromArray(S, c, cOff + 7 * ldc + L)).intoArray(c, cOff + 7 * ldc + L);
      c80.add(DoubleVector.fromArray(S, c, cOff + 8 * ldc)).intoArray(c, cOff + 8 * ldc);
      c81.add(DoubleVector.fromArray(S, c, cOff + 8 * ldc + L)).intoArray(c, cOff + 8 * ldc + L);
      c90.add(DoubleVector.fromArray(S, c, cOff + 9 * ldc)).intoArray(c, cOff + 9 * ldc);
      c91.add(DoubleVector.fromArray(S, c, cOff + 9 * ldc + L)).intoArray(c, cOff + 9 * ldc + L);
      c100.add(DoubleVector.fromArray(S, c, cOff + 10 * ldc)).intoArray(c, cOff + 10 * ldc);
      c101.add(DoubleVector.fromArray(S, c, cOff + 10 * ldc + L)).intoArray(c, cOff + 10 * ldc + L);
      c110.add(DoubleVector.fromArray(S, c, cOff + 11 * ldc)).intoArray(c, cOff + 11 * ldc);
      c111.add(DoubleVector.fromArray(S, c, cOff + 11 * ldc + L)).intoArray(c, cOff + 11 * ldc + L);
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
