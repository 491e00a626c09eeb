package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import dev.strata.DType;
import dev.strata.ir.Dialects;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Operation;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.pass.Verifier;
import dev.strata.ir.text.Parser;
import dev.strata.ir.text.Printer;
import dev.strata.processor.model.KernelModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Kernels that must compile without a diagnostic, and what the front end makes of them. */
class GoodKernelsTest {
  static Stream<String> goodSources() {
    return Stream.of("Softmax", "LayerNorm", "GeluMlp", "Saxpy", "Branches", "Loops", "Inlining",
        "Constants", "MathFunctions", "Layouts", "Scalars");
  }

  @ParameterizedTest
  @MethodSource("goodSources")
  void compilesWithoutDiagnostics(String name) {
    Compilations.Result result = name.equals("Inlining")
        ? Compilations.compile(Compilations.source("good/Inlining.java"),
            Compilations.source("good/Activations.java"))
        : Compilations.compile(Compilations.source("good/" + name + ".java"));
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.models()).isNotEmpty();
    for (KernelModel m : result.models()) {
      FuncOp f = m.function();
      assertWithMessage(Printer.print(f.parentOp())).that(Verifier.verify(f.parentOp())).isEmpty();
      assertThat(f.symbolName()).isEqualTo(m.methodName());
      assertThat(f.body().arguments()).hasSize(m.parameters().size());
      List<Operation> unlocated = new ArrayList<>();
      f.walk(op -> {
        if (op != f && !op.location().isKnown()) {
          unlocated.add(op);
        }
      });
      assertWithMessage("ops without a location").that(unlocated).isEmpty();
      String text = Printer.print(f.parentOp());
      assertWithMessage("print -> parse -> print")
          .that(Printer.print(Parser.parse(text, Dialects.all()))).isEqualTo(text);
    }
  }

  @Test
  void modelDescribesTheKernel() {
    Compilations.Result result = Compilations.compile(Compilations.source("good/Saxpy.java"));
    KernelModel m = result.model("saxpy");
    assertThat(m.packageName()).isEqualTo("tests");
    assertThat(m.enclosingClass()).isEqualTo("Saxpy");
    assertThat(m.sourceFile()).isEqualTo("Saxpy.java");
    assertThat(m.parameters()).containsExactly(
        new KernelModel.Parameter("a", "float", null, null),
        new KernelModel.Parameter("x", "Tensor", DType.F32, List.of("N")),
        new KernelModel.Parameter("y", "Tensor", DType.F32, List.of("N"))).inOrder();
    Compilations.Result softmax = Compilations.compile(Compilations.source("good/Softmax.java"));
    assertThat(softmax.model("softmax").javadoc()).contains("Row-wise softmax.");
  }

  @Test
  void symbolicDimsMeetingInABroadcastBecomeConstraints() {
    Compilations.Result result = Compilations.compile(Compilations.source("good/GeluMlp.java"));
    FuncOp f = result.model("mlp").function();
    assertThat(f.attr("constraints")).isEqualTo(new Attribute.ArrayAttr(List.of()));
    Compilations.Result layouts = Compilations.compile(Compilations.source("good/Layouts.java"));
    assertThat(layouts.model("flatten").function().resultTypes().toString())
        .isEqualTo("[tensor<f32[B, (H * W)]>]");
  }

  @Test
  void inlinedCalleeIsCheckedAndItsBodyBuiltInPlace() {
    Compilations.Result result = Compilations.compile(Compilations.source("good/Inlining.java"),
        Compilations.source("good/Activations.java"));
    String block = Printer.print(result.model("block").function());
    assertThat(block).contains("tensor.relu");
    assertThat(block).contains("tensor.minimum");
    assertThat(block).contains("Inlining.java");
    assertThat(block).doesNotContain("func.call");
  }
}
