package dev.strata.ir.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.ir.Dialects;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.diagnostic.Diagnostic;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.PassManager;
import dev.strata.ir.pass.Passes;
import dev.strata.ir.pass.Verifier;
import dev.strata.ir.text.Parser;
import dev.strata.ir.text.Printer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the textual pass tests under {@code src/test/resources/lit}, in the shape of MLIR's lit
 * tests: a {@code // RUN: pass, pass} header, cases split by {@code // -----}, {@code CHECK} lines,
 * and {@code // expected-error: [id]} for cases whose passes must report an error. Every case's
 * output is also printed, parsed and printed again, which must give the same text.
 */
class LitTest {
  private static final OpRegistry REGISTRY = Dialects.all();

  @TestFactory
  Stream<DynamicTest> litFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(LitTest.class.getResource("/lit").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".mlir")).sorted().toList()) {
        String text = Files.readString(f);
        String run = text.lines().filter(l -> l.startsWith("// RUN:")).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(f + " has no RUN line"));
        List<String> passes = List.of(run.substring("// RUN:".length()).trim().split("\\s*,\\s*"))
            .stream().filter(s -> !s.isEmpty()).toList();
        String[] cases = text.split("(?m)^// -----\\s*$");
        for (int i = 0; i < cases.length; i++) {
          String c = cases[i];
          String name = f.getFileName() + " case " + (i + 1);
          tests.add(DynamicTest.dynamicTest(name, () -> runCase(c, passes)));
        }
      }
    }
    return tests.stream();
  }

  private static void runCase(String text, List<String> passes) {
    List<String> checks = text.lines().map(String::trim)
        .filter(l -> l.startsWith("// CHECK")).map(l -> l.substring(3)).toList();
    List<String> expectedErrors = text.lines().map(String::trim)
        .filter(l -> l.startsWith("// expected-error:")).map(l -> l.substring("// expected-error:".length()).trim())
        .toList();
    ModuleOp module = (ModuleOp) Parser.parse(text, REGISTRY);
    List<String> malformed = Verifier.verify(module);
    if (!malformed.isEmpty()) {
      // The input itself is refused by the verifier: that is what a verifier case expects.
      if (expectedErrors.isEmpty()) {
        fail("input does not verify: " + malformed);
      }
      for (String e : expectedErrors) {
        if (malformed.stream().noneMatch(g -> g.contains(e))) {
          fail("expected verifier error '" + e + "', got " + malformed);
        }
      }
      return;
    }
    PassManager pm = new PassManager(REGISTRY);
    passes.forEach(p -> pm.add(Passes.byName(p)));
    Diagnostics diags = new Diagnostics();
    boolean ok = pm.run(module, diags);
    if (!expectedErrors.isEmpty()) {
      List<String> got = diags.errors().stream().map(Diagnostic::text).toList();
      for (String e : expectedErrors) {
        if (got.stream().noneMatch(g -> g.contains(e))) {
          fail("expected error '" + e + "', got " + got);
        }
      }
      return;
    }
    if (!ok) {
      fail("passes failed: " + diags.errors());
    }
    String out = Printer.print(module);
    assertNull(FileCheck.check(checks, out), () -> "\n" + out);
    String again = Printer.print(Parser.parse(out, REGISTRY));
    assertEquals(out, again, "print -> parse -> print is not a fixpoint");
  }
}
