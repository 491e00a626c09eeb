package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceBuilderTest {
  @Test
  void indentsBlocksByTwoSpaces() {
    String text = new SourceBuilder().line("// head").blank().open("void f()").open("for (;;)")
        .line("x();").close().lines("a();\n\nb();").close().build();
    assertEquals("""
        // head

        void f() {
          for (;;) {
            x();
          }
          a();

          b();
        }
        """, text);
  }

  @Test
  void refusesUnbalancedBlocks() {
    assertThrows(IllegalStateException.class, () -> new SourceBuilder().close());
    assertThrows(IllegalStateException.class, () -> new SourceBuilder().open("if (x)").build());
  }
}
