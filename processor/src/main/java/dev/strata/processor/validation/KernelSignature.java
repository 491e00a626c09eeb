package dev.strata.processor.validation;

import dev.strata.DType;
import dev.strata.Shape;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The signature of a kernel that {@link SignatureValidator} accepted: its parameters with their
 * IR types, read from the Java types and the {@link Shape} annotations.
 *
 * @param method the kernel
 * @param parameters the parameters in declaration order
 */
public record KernelSignature(ExecutableElement method, List<Parameter> parameters) {

  /** The qualified name of {@code dev.strata.Tensor}. */
  public static final String TENSOR = "dev.strata.Tensor";

  /**
   * One parameter of a valid kernel.
   *
   * @param element the parameter
   * @param javaType {@code Tensor}, {@code float}, {@code double}, {@code int} or {@code long}
   * @param type the IR type of the parameter's block argument
   * @param dims for a tensor, its {@code @Shape} entries; null for a scalar
   */
  public record Parameter(VariableElement element, String javaType, Type type, List<String> dims) {
    /** The parameter's name. */
    public String name() {
      return element.getSimpleName().toString();
    }

    /** Whether this is a tensor parameter. */
    public boolean isTensor() {
      return type instanceof Type.Tensor;
    }
  }

  /** Reads the signature of {@code method}, which must be valid. */
  public static KernelSignature of(ExecutableElement method) {
    List<Parameter> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      TypeMirror t = p.asType();
      if (isTensor(t)) {
        Shape shape = p.getAnnotation(Shape.class);
        List<String> dims = List.of(shape.value());
        params.add(new Parameter(p, "Tensor", tensorType(shape.dtype(), dims), dims));
      } else {
        params.add(new Parameter(p, t.toString(), Type.scalar(scalarKind(t)), null));
      }
    }
    return new KernelSignature(method, List.copyOf(params));
  }

  /** The tensor type declared by {@code @Shape} entries (already validated). */
  public static Type.Tensor tensorType(DType dtype, List<String> dims) {
    List<Dim> shape = new ArrayList<>();
    for (String d : dims) {
      shape.add(isIntegerLiteral(d) ? Dim.of(Long.parseLong(d)) : Dim.sym(d));
    }
    return new Type.Tensor(dtype, shape);
  }

  /** Whether {@code t} is {@code dev.strata.Tensor}. */
  public static boolean isTensor(TypeMirror t) {
    return isClass(t, TENSOR);
  }

  /** Whether {@code t} is the class or enum named {@code qualifiedName}. */
  public static boolean isClass(TypeMirror t, String qualifiedName) {
    if (t.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element e = ((DeclaredType) t).asElement();
    return e instanceof TypeElement te && te.getQualifiedName().contentEquals(qualifiedName);
  }

  /**
   * The scalar kind of a primitive Java type a kernel can compute with: boolean, byte (a local's
   * type, not a parameter's), int, long, float or double; null for anything else.
   */
  public static ScalarKind scalarKind(TypeMirror t) {
    return switch (t.getKind()) {
      case BOOLEAN -> ScalarKind.BOOL;
      case BYTE -> ScalarKind.I8;
      case INT -> ScalarKind.I32;
      case LONG -> ScalarKind.I64;
      case FLOAT -> ScalarKind.F32;
      case DOUBLE -> ScalarKind.F64;
      default -> null;
    };
  }

  /** Whether a {@code @Shape} entry is a non-negative integer literal. */
  public static boolean isIntegerLiteral(String entry) {
    if (entry.isEmpty() || entry.length() > 18) {
      return false;
    }
    for (int i = 0; i < entry.length(); i++) {
      if (entry.charAt(i) < '0' || entry.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
