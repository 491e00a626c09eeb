package dev.strata.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.backend.cpu.StridedLayout.Kind;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Gemm} against a reference triple loop, for every element type, on both paths. */
class GemmTest {

  /** Small sizes: 0, 1, primes, and both sides of every micro-tile and vector width. */
  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, 1, 2, 3, 4, 5, 7, 8, 11, 12, 13, 15, 16, 17, 23, 31, 32, 33, 47, 48, 49, 63, 64, 65, 97),
        Arbitraries.integers().between(0, 100));
  }

  @Property(tries = 150)
  void smallProductsMatchTheReference(@ForAll("sizes") int m, @ForAll("sizes") int n, @ForAll("sizes") int k,
      @ForAll @IntRange(min = 1, max = 3) int batch, @ForAll Kind aKind, @ForAll boolean broadcastA,
      @ForAll Kind bKind, @ForAll boolean broadcastB, @ForAll long seed) {
    GemmCase gemm = GemmCase.of(batch, m, n, k, aKind, broadcastA, bKind, broadcastB);
    for (GemmKernel kernel : GemmKernel.values()) {
      gemm.verify(kernel, seed);
    }
  }

  /**
   * Sizes that cross the cache blocks (kc = 512 or 256, mc from 120 to 256, nc = 2048 or 4096,
   * depending on the kernel), take each way of splitting work over threads (rows, B panels, whole
   * matrices of a batch), and are big enough to leave the calling thread.
   */
  static Stream<Arguments> largeCases() {
    return Stream.of(
        GemmCase.of(1, 1013, 37, 530, Kind.ROW_MAJOR, false, Kind.ROW_MAJOR, false),
        GemmCase.of(1, 509, 70, 263, Kind.COLUMN_MAJOR, false, Kind.COLUMN_MAJOR, false),
        GemmCase.of(1, 30, 45, 1100, Kind.PADDED_COLUMNS, false, Kind.ROWS_REVERSED, false),
        GemmCase.of(1, 5, 4500, 61, Kind.PADDED_ROWS, false, Kind.ROW_MAJOR, false),
        GemmCase.of(1, 13, 2100, 300, Kind.ROW_MAJOR, false, Kind.EVERY_OTHER_COLUMN, false),
        GemmCase.of(3, 300, 129, 270, Kind.ROWS_REVERSED, false, Kind.PADDED_COLUMNS, true),
        GemmCase.of(9, 40, 50, 60, Kind.ROW_MAJOR, true, Kind.COLUMN_MAJOR, false),
        GemmCase.of(2, 97, 1, 1000, Kind.ROW_MAJOR, false, Kind.ROW_MAJOR, false),
        GemmCase.of(2, 1, 1000, 97, Kind.COLUMN_MAJOR, false, Kind.ROW_MAJOR, true))
        .flatMap(gemm -> Stream.of(GemmKernel.values()).map(kernel -> Arguments.of(kernel, gemm)));
  }

  @ParameterizedTest
  @MethodSource("largeCases")
  void largeProductsMatchTheReference(GemmKernel kernel, GemmCase gemm) {
    gemm.verify(kernel, 20240611L);
  }

  @Test
  void surefireRunsTheVectorPath() {
    assertTrue(VectorSupport.available(), "the test JVM is started with --add-modules jdk.incubator.vector");
  }

  @Test
  void depthZeroClearsC() {
    float[] c = {9, 9, 9, 9, 9, 9, 9};
    Gemm.f32(2, 1, 3, 0, new float[0], new int[] {0, 0}, 0, 0, new float[0], new int[] {0, 0}, 0, 0, c, 1);
    assertArrayEquals(new float[] {9, 0, 0, 0, 0, 0, 0}, c);
  }

  @Test
  void anEmptyBatchWritesNothing() {
    double[] c = {5};
    Gemm.f64(0, 4, 4, 4, new double[0], new int[0], 4, 1, new double[0], new int[0], 4, 1, c, 0);
    assertArrayEquals(new double[] {5}, c);
  }

  @Test
  void rejectsNegativeSizes() {
    assertThrows(IllegalArgumentException.class, () -> Gemm.f32(1, -1, 1, 1, new float[1], new int[1], 1, 1,
        new float[1], new int[1], 1, 1, new float[1], 0));
  }

  @Test
  void rejectsTooFewOffsets() {
    assertThrows(IllegalArgumentException.class, () -> Gemm.i32(2, 1, 1, 1, new int[2], new int[1], 1, 1,
        new int[2], new int[2], 1, 1, new int[2], 0));
  }

  @Test
  void rejectsAViewOutsideItsArray() {
    // A is 2x3 row-major: needs 6 elements, gets 5.
    assertThrows(IndexOutOfBoundsException.class, () -> Gemm.f32(1, 2, 2, 3, new float[5], new int[1], 3, 1,
        new float[6], new int[1], 2, 1, new float[4], 0));
    // A reversed rows starting at offset 0 reaches index -3.
    assertThrows(IndexOutOfBoundsException.class, () -> Gemm.f32(1, 2, 2, 3, new float[6], new int[1], -3, 1,
        new float[6], new int[1], 2, 1, new float[4], 0));
  }

  @Test
  void rejectsACThatDoesNotFit() {
    assertThrows(IndexOutOfBoundsException.class, () -> Gemm.i8(1, 2, 2, 1, new byte[2], new int[1], 1, 1,
        new byte[2], new int[1], 2, 1, new byte[4], 1));
  }
}
