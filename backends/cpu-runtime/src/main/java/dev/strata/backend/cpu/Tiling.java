package dev.strata.backend.cpu;

/**
 * The block sizes of a GEMM, in the notation of BLIS (Van Zee and van de Geijn, "BLIS: A Framework
 * for Rapidly Instantiating BLAS Functionality", 2015).
 *
 * <p>The micro-kernel computes an {@code mr x nr} tile of C from an {@code mr}-row panel of A and
 * an {@code nr}-column panel of B. Around it, a {@code kc}-deep B micro-panel ({@code kc * nr}
 * elements) is reused for every A panel of an {@code mc x kc} block and should stay in L1; the A
 * block is reused for every B micro-panel of a {@code kc x nc} block and should stay in L2; the B
 * block is shared by all threads and should stay in the last-level cache.
 *
 * @param mr rows of the micro-tile
 * @param nr columns of the micro-tile
 * @param kc depth of a packed block
 * @param mc rows of a packed A block, a multiple of {@code mr}
 * @param nc columns of a packed B block, a multiple of {@code nr}
 */
record Tiling(int mr, int nr, int kc, int mc, int nc) {
  Tiling {
    if (mr <= 0 || nr <= 0 || kc <= 0 || mc <= 0 || nc <= 0 || mc % mr != 0 || nc % nr != 0) {
      throw new IllegalArgumentException("Bad tiling " + mr + "x" + nr + ", kc=" + kc + ", mc=" + mc + ", nc=" + nc);
    }
  }

  /**
   * A tiling of depth {@code kc} whose other blocks are sized in bytes, for elements of {@code
   * elementBytes}: the packed A block ({@code mc x kc}) takes about {@code l2Bytes}, the packed B
   * block ({@code kc x nc}) about {@code l3Bytes}.
   */
  static Tiling forCaches(int mr, int nr, int kc, int elementBytes, int l2Bytes, int l3Bytes) {
    int mc = Math.max(mr, l2Bytes / (kc * elementBytes) / mr * mr);
    int nc = Math.max(nr, l3Bytes / (kc * elementBytes) / nr * nr);
    return new Tiling(mr, nr, kc, mc, nc);
  }
}
