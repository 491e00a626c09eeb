package dev.strata.processor.base;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.strata.ir.diagnostic.Diagnostic;
import dev.strata.ir.diagnostic.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports the catalogue's {@link Message}s as javac errors: on the exact tree for problems in a
 * kernel body, on the element (and annotation) for problems in a signature.
 *
 * <p>The same message on the same tree is printed once: a kernel inlined into several callers
 * would otherwise repeat its errors. Every call still counts in {@link #errorCount()}, which is
 * how a caller learns that something it depends on failed.
 */
public final class DiagnosticReporter {
  private static final Map<ProcessingEnvironment, DiagnosticReporter> CURRENT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Messager messager;
  private final Trees trees;
  private final SourceLocations locations;
  private final Set<Key> printed = new HashSet<>();
  private int errors;

  private record Key(Object file, long position, String text) {}

  /** A reporter printing through {@code messager} and {@code trees}. */
  public DiagnosticReporter(Messager messager, Trees trees, SourceLocations locations) {
    this.messager = messager;
    this.trees = trees;
    this.locations = locations;
  }

  /**
   * The reporter of the round {@code env} is processing, so that a later stage (the writer and
   * its passes) can put IR diagnostics on the trees their locations came from; empty outside a
   * round.
   */
  public static Optional<DiagnosticReporter> current(ProcessingEnvironment env) {
    return Optional.ofNullable(CURRENT.get(env));
  }

  /** Makes this the {@link #current} reporter of {@code env} until {@link #endRound}. */
  public void beginRound(ProcessingEnvironment env) {
    CURRENT.put(env, this);
  }

  /** Ends the round this reporter was current for. */
  public void endRound(ProcessingEnvironment env) {
    CURRENT.remove(env);
  }

  /** Reports {@code message} on the leaf of {@code at}. */
  public void error(TreePath at, Message message, Object... args) {
    errors++;
    String text = message.format(args);
    CompilationUnitTree unit = at.getCompilationUnit();
    SourcePositions positions = trees.getSourcePositions();
    Key key = new Key(unit.getSourceFile().toUri(), positions.getStartPosition(unit, at.getLeaf()),
        text);
    if (printed.add(key)) {
      trees.printMessage(Kind.ERROR, text, at.getLeaf(), unit);
    }
  }

  /** Reports {@code message} on {@code element}. */
  public void error(Element element, Message message, Object... args) {
    errors++;
    messager.printMessage(Kind.ERROR, message.format(args), element);
  }

  /** Reports {@code message} on {@code annotation} of {@code element}. */
  public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    errors++;
    messager.printMessage(Kind.ERROR, message.format(args), element, annotation);
  }

  /**
   * Reports a diagnostic raised on the IR (by a pass or a lowering) on the tree its location came
   * from, or on {@code fallback} when the location is not one of this round's.
   */
  public void report(Diagnostic diagnostic, Element fallback) {
    Optional<TreePath> origin = locations.origin(diagnostic.location());
    errors++;
    if (origin.isPresent()) {
      trees.printMessage(Kind.ERROR, diagnostic.text(), origin.get().getLeaf(),
          origin.get().getCompilationUnit());
    } else {
      messager.printMessage(Kind.ERROR, diagnostic.text(), fallback);
    }
  }

  /** Reports an unexpected exception while compiling {@code kernelName}, with its stack trace. */
  public void internalError(Element kernel, String kernelName, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    error(kernel, Message.INTERNAL, kernelName, trace);
  }

  /** How many errors were reported so far, duplicates included. */
  public int errorCount() {
    return errors;
  }
}
