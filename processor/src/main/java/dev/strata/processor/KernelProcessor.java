package dev.strata.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.strata.Kernel;
import dev.strata.ir.text.Printer;
import dev.strata.processor.base.DiagnosticReporter;
import dev.strata.processor.base.SourceLocations;
import dev.strata.processor.frontend.FrontEnd;
import dev.strata.processor.model.KernelModel;
import dev.strata.processor.validation.KernelScanner;
import dev.strata.processor.validation.SignatureValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Strata's annotation processor: for each class with {@link Kernel} methods, validates every
 * kernel's signature, builds the tensor-level IR of each valid one with the {@link FrontEnd}, and
 * hands the class's valid kernels to the {@link KernelClassWriter}. A kernel with errors generates
 * nothing, and the other kernels still compile; every error of the round is reported, and an
 * unexpected exception becomes an error naming the kernel rather than a crash of javac.
 */
@AutoService(Processor.class)
public final class KernelProcessor extends AbstractProcessor {
  private final List<KernelModel> produced = new ArrayList<>();
  private final KernelClassWriter writer;

  /** The processor javac discovers through {@code META-INF/services}. */
  public KernelProcessor() {
    this(KernelClassWriter.create());
  }

  /** A processor handing its models to {@code writer}; tests use it to isolate the front end. */
  KernelProcessor(KernelClassWriter writer) {
    this.writer = writer;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Kernel.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(IrDumper.OPTION, dev.strata.processor.writing.KernelsClassWriter.TARGETS_OPTION);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty() || round.processingOver()) {
      return false;
    }
    Trees trees = Trees.instance(processingEnv);
    SourceLocations locations = new SourceLocations(trees);
    DiagnosticReporter reporter = new DiagnosticReporter(processingEnv.getMessager(), trees, locations);
    SignatureValidator validator = new SignatureValidator(reporter);
    FrontEnd frontEnd = new FrontEnd(trees, processingEnv.getElementUtils(), reporter, locations, validator);
    IrDumper dumper = IrDumper.fromOptions(processingEnv.getOptions(), processingEnv.getMessager());
    reporter.beginRound(processingEnv);
    try {
      processClasses(round, validator, frontEnd, dumper, reporter);
    } finally {
      reporter.endRound(processingEnv);
      locations.clear();
    }
    return false;
  }

  private void processClasses(RoundEnvironment round, SignatureValidator validator, FrontEnd frontEnd,
      IrDumper dumper, DiagnosticReporter reporter) {
    for (Map.Entry<TypeElement, List<ExecutableElement>> entry : KernelScanner.scan(round).entrySet()) {
      List<KernelModel> models = new ArrayList<>();
      for (ExecutableElement kernel : entry.getValue()) {
        compile(kernel, validator, frontEnd, dumper, reporter).ifPresent(models::add);
      }
      if (!models.isEmpty()) {
        try {
          writer.write(models, processingEnv);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
          reporter.internalError(entry.getKey(), FrontEnd.nestedName(entry.getKey()), e);
        }
      }
      produced.addAll(models);
    }
  }

  private static Optional<KernelModel> compile(ExecutableElement kernel, SignatureValidator validator,
      FrontEnd frontEnd, IrDumper dumper, DiagnosticReporter reporter) {
    String name = FrontEnd.nestedName((TypeElement) kernel.getEnclosingElement()) + "."
        + kernel.getSimpleName();
    try {
      if (!validator.validate(kernel)) {
        return Optional.empty();
      }
      Optional<KernelModel> model = frontEnd.translate(kernel);
      if (dumper.enabled()) {
        model.ifPresent(m -> dumper.dump(name, 0, "tensor", Printer.print(m.function().parentOp())));
      }
      return model;
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      reporter.internalError(kernel, name, e);
      return Optional.empty();
    }
  }

  /** The kernels this processor modelled so far, for tests. */
  List<KernelModel> models() {
    return Collections.unmodifiableList(produced);
  }
}
