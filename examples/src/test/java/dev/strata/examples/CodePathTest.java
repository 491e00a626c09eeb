package dev.strata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.backend.cpu.VectorSupport;
import org.junit.jupiter.api.Test;

/**
 * The test suite runs twice (see the examples pom): once with {@code jdk.incubator.vector}, where
 * the vector loops must be in use, and once without it, where the plain-Java loops must be.
 */
class CodePathTest {
  @Test
  void theExpectedCodePathIsInUse() {
    boolean expectScalar = Boolean.getBoolean("strata.expect.scalar");
    assertEquals(!expectScalar, VectorSupport.available(),
        "jdk.incubator.vector present: " + ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
  }
}
