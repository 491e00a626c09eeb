package dev.strata.processor.validation;

import dev.strata.Shape;
import dev.strata.ir.diagnostic.Message;
import dev.strata.processor.base.DiagnosticReporter;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks what a kernel's signature must satisfy before its body is read: static, in a top-level or
 * static nested class, no type parameters, returns {@code Tensor}, each {@code Tensor} parameter
 * with a well-formed {@link Shape}, scalar parameters of type float, double, int or long. Every
 * problem is reported, not just the first.
 */
public final class SignatureValidator {
  private final DiagnosticReporter reporter;

  /** A validator reporting to {@code reporter}. */
  public SignatureValidator(DiagnosticReporter reporter) {
    this.reporter = reporter;
  }

  /** Validates {@code method}, reporting every problem; returns whether it is valid. */
  public boolean validate(ExecutableElement method) {
    return check(method, true);
  }

  /** Whether {@code method} is a valid kernel, reporting nothing (for callees being inlined). */
  public boolean isValid(ExecutableElement method) {
    return check(method, false);
  }

  private boolean check(ExecutableElement method, boolean report) {
    Problems problems = new Problems(report);
    String name = method.getSimpleName().toString();
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      problems.add(method, null, Message.NOT_STATIC, name);
    }
    if (!hasStaticContext(method.getEnclosingElement())) {
      problems.add(method, null, Message.BAD_ENCLOSING_CLASS, name);
    }
    if (!method.getTypeParameters().isEmpty()) {
      problems.add(method, null, Message.GENERIC_KERNEL, name);
    }
    if (!KernelSignature.isTensor(method.getReturnType())) {
      problems.add(method, null, Message.BAD_RETURN_TYPE, name, method.getReturnType());
    }
    for (VariableElement p : method.getParameters()) {
      checkParameter(p, problems);
    }
    return problems.count == 0;
  }

  private void checkParameter(VariableElement p, Problems problems) {
    String name = p.getSimpleName().toString();
    TypeMirror t = p.asType();
    if (KernelSignature.isTensor(t)) {
      Shape shape = p.getAnnotation(Shape.class);
      if (shape == null) {
        problems.add(p, null, Message.MISSING_SHAPE, name);
        return;
      }
      for (String entry : shape.value()) {
        if (!isSymbol(entry) && !KernelSignature.isIntegerLiteral(entry)) {
          problems.add(p, shapeMirror(p), Message.BAD_SHAPE_ENTRY, entry, name);
        }
      }
      return;
    }
    TypeKind k = t.getKind();
    if (k != TypeKind.FLOAT && k != TypeKind.DOUBLE && k != TypeKind.INT && k != TypeKind.LONG) {
      problems.add(p, null, Message.BAD_PARAMETER_TYPE, name, t);
    } else if (p.getAnnotation(Shape.class) != null) {
      problems.add(p, shapeMirror(p), Message.SHAPE_ON_SCALAR, name, t);
    }
  }

  private static boolean isSymbol(String entry) {
    return SourceVersion.isIdentifier(entry) && !SourceVersion.isKeyword(entry);
  }

  private static AnnotationMirror shapeMirror(VariableElement p) {
    for (AnnotationMirror m : p.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(Shape.class.getCanonicalName())) {
        return m;
      }
    }
    return null;
  }

  /** Whether code in {@code e} can be called without an enclosing instance. */
  private static boolean hasStaticContext(Element e) {
    for (Element c = e; c instanceof TypeElement type; c = c.getEnclosingElement()) {
      NestingKind nesting = type.getNestingKind();
      if (nesting == NestingKind.TOP_LEVEL) {
        return true;
      }
      boolean implicitlyStatic = type.getKind().isInterface() || type.getKind() == ElementKind.ENUM
          || type.getKind() == ElementKind.RECORD;
      if (nesting != NestingKind.MEMBER
          || !(type.getModifiers().contains(Modifier.STATIC) || implicitlyStatic)) {
        return false;
      }
    }
    return false;
  }

  /** Collects (and optionally reports) the problems of one signature. */
  private final class Problems {
    private final boolean report;
    private int count;

    Problems(boolean report) {
      this.report = report;
    }

    void add(Element at, AnnotationMirror annotation, Message message, Object... args) {
      count++;
      if (!report) {
        return;
      }
      if (annotation != null) {
        reporter.error(at, annotation, message, args);
      } else {
        reporter.error(at, message, args);
      }
    }
  }
}
