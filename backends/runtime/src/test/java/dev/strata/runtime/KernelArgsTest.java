package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The element counts placement weighs: the largest buffer a group touches, not its tiles. */
class KernelArgsTest {
  @Test
  void largestIsTheBiggestElementCount() {
    assertEquals(8, KernelArgs.largest(new long[] {8, 1}, new long[] {1}));
    assertEquals(30_000, KernelArgs.largest(new long[] {100, 300}, new long[] {300}, new long[] {100, 1}));
    assertEquals(0, KernelArgs.largest(new long[] {0, 5}));
    assertEquals(1, KernelArgs.largest(new long[] {}));
    assertEquals(0, KernelArgs.largest());
  }
}
