package dev.strata.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decision between the vector and the scalar path. */
class VectorSupportTest {

  @Test
  void vectorPathWhenTheModuleIsPresentAndNotDisabled() {
    assertNull(VectorSupport.scalarReason(true, null));
    assertNull(VectorSupport.scalarReason(true, "true"));
    assertNull(VectorSupport.scalarReason(true, ""));
  }

  @Test
  void scalarPathWithoutTheModule() {
    String reason = VectorSupport.scalarReason(false, null);
    assertNotNull(reason);
    assertTrue(reason.contains("--add-modules jdk.incubator.vector"), reason);
  }

  @Test
  void scalarPathWhenDisabledByProperty() {
    assertNotNull(VectorSupport.scalarReason(true, "false"));
    assertNotNull(VectorSupport.scalarReason(true, " FALSE "));
  }
}
