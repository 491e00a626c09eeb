package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClNamesTest {
  @Test
  void sanitisesHintsIntoIdentifiers() {
    assertEquals("x", ClNames.sanitize("x"));
    assertEquals("a_b", ClNames.sanitize("a$b"));
    assertEquals("gr_e", ClNames.sanitize("gr\u00f6e"));
    assertEquals("v1st", ClNames.sanitize("1st"));
    assertEquals("x", ClNames.sanitize("__x"));
    assertEquals("v_float", ClNames.sanitize("float"));
    assertEquals("v_convert_int", ClNames.sanitize("convert_int"));
    assertEquals("v_float4", ClNames.sanitize("float4"));
    assertNull(ClNames.sanitize("$$"));
    assertNull(ClNames.sanitize(null));
  }

  @Test
  void freshNamesAreUnique() {
    ClNames names = new ClNames();
    assertEquals("acc", names.fresh("acc", "v"));
    assertEquals("acc_1", names.fresh("acc", "v"));
    assertEquals("v0", names.fresh(null, "v"));
    assertEquals("v1", names.fresh(null, "v"));
    assertEquals("v2", names.fresh("v2", "v"));
    assertEquals("v3", names.fresh(null, "v"), "a hint that took v2 is skipped");
    assertEquals("v_exp", names.fresh("exp", "v"));
  }
}
