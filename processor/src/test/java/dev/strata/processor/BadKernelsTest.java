package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kernels with one mistake each: the error must carry the catalogue id, land on the line of the
 * mistake, and be the only diagnostic of the compilation.
 */
class BadKernelsTest {

  @ParameterizedTest(name = "{0}: [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      WhileLoop           | strata.unsupported-statement | while (i < 3)
      TryStatement        | strata.unsupported-statement | try {
      PrintCall           | strata.unsupported-call      | System.out.println(
      HelperCall          | strata.unsupported-call      | return helper(x)
      UnsupportedMath     | strata.unsupported-call      | Math.random()
      ArrayFactory        | strata.unsupported-call      | Tensor.of(
      ObjectCreation      | strata.unsupported-expression | new Object()
      ArrayAccess         | strata.unsupported-expression | WEIGHTS[0]
      Lambda              | strata.unsupported-expression | () -> x.exp()
      FieldAccess         | strata.unsupported-expression | x.mul(scale)
      StringLocal         | strata.unsupported-expression | String label
      NotStatic           | strata.not-static            | public Tensor instanceKernel(
      InnerClass          | strata.bad-enclosing-class   | static Tensor inner(
      MissingShape        | strata.missing-shape         | Tensor unshaped
      BadShapeEntry       | strata.bad-shape-entry       | "-1"
      BadParameterType    | strata.bad-parameter-type    | String label
      BadReturnType       | strata.bad-return-type       | public static double total(
      MatmulMismatch      | strata.matmul-mismatch       | x.matmul(w)
      DtypeMismatch       | strata.dtype-mismatch        | x.add(y)
      BroadcastMismatch   | strata.shape-mismatch        | x.add(y)
      AxisOutOfRange      | strata.axis-out-of-range     | x.sum(-3, false)
      ReshapeMismatch     | strata.reshape-mismatch      | x.reshape(4, 2)
      Recursion           | strata.recursive-kernel      | return forever(x.exp())
      NonConstantLoop     | strata.loop-not-constant     | i < n
      LoopTooLong         | strata.loop-too-long         | for (int i = 0; i < 2000; i++)
      LoopNestTooLong     | strata.loop-too-long         | for (int j = 0; j < 1000; j++)
      ReturnInsideUnsupported | strata.loop-not-constant   | for (;;)
      ShapeOnScalar       | strata.shape-on-scalar       | @Shape({"N"}) float alpha
      NonConstantAxis     | strata.not-constant          | x.sum(axis, true)
      SliceBoundSubtracts | strata.slice-bound           | x.slice(0, 0, last)
      SliceBoundFromScalar | strata.slice-bound          | x.exp().slice(1, 0, n)
      BranchMismatch      | strata.branch-mismatch       | if (threshold > 0)
      CalleeShapeMismatch | strata.argument-mismatch     | return rgb(rgba)
      """)
  void reportsTheErrorOnItsLine(String name, String id, String line) {
    JavaFileObject source = Compilations.source("bad/" + name + ".java");
    Compilation compilation = Compilations.compile(source).compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + id + "]").inFile(source).onLineContaining(line);
    assertWithMessage("diagnostics: %s", compilation.diagnostics())
        .that(compilation.errors()).hasSize(1);
    assertThat(compilation.warnings()).isEmpty();
  }

  @Test
  void everyErrorOfTheRoundIsReported() {
    JavaFileObject source = Compilations.source("bad/TwoErrors.java");
    Compilation compilation = Compilations.compile(source).compilation();
    assertThat(compilation).hadErrorContaining("[strata.unsupported-statement]").inFile(source)
        .onLineContaining("do {");
    assertThat(compilation).hadErrorContaining("[strata.matmul-mismatch]").inFile(source)
        .onLineContaining("h.matmul(v)");
    assertThat(compilation).hadErrorContaining("[strata.axis-out-of-range]").inFile(source)
        .onLineContaining("h.argmax(7, false)");
    assertWithMessage("diagnostics: %s", compilation.diagnostics())
        .that(compilation.errors()).hasSize(3);
  }

  @Test
  void aBadKernelDoesNotStopItsNeighbour() {
    JavaFileObject source = Compilations.source("bad/BadNextToGood.java");
    Compilations.Result result = Compilations.compile(source);
    assertThat(result.compilation()).hadErrorContaining("[strata.matmul-mismatch]").inFile(source)
        .onLineContaining("x.matmul(w)");
    assertThat(result.compilation().errors()).hasSize(1);
    assertThat(result.models().stream().map(m -> m.methodName()).toList()).containsExactly("good");
  }

  @Test
  void mutualRecursionIsReportedInBothKernels() {
    JavaFileObject source = Compilations.source("bad/MutualRecursion.java");
    Compilation compilation = Compilations.compile(source).compilation();
    assertThat(compilation).hadErrorContaining("[strata.recursive-kernel]").inFile(source)
        .onLineContaining("return pong(x.exp())");
    assertThat(compilation).hadErrorContaining("[strata.recursive-kernel]").inFile(source)
        .onLineContaining("return ping(x.log())");
    assertThat(compilation.errors()).hasSize(2);
  }
}
