package dev.strata.ir.core;

import dev.strata.DType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of an IR value: a scalar, a tensor (value semantics, the tensor level), or a buffer
 * (memory, the loop level). Shaped types share the element dtype and a list of {@link Dim}s.
 */
public sealed interface Type permits Type.Scalar, Type.Shaped {

  /** A scalar of one {@link ScalarKind}. */
  record Scalar(ScalarKind kind) implements Type {
    @Override
    public String toString() {
      return kind.irName();
    }
  }

  /** A type with an element dtype and a shape. */
  sealed interface Shaped extends Type permits Tensor, Buffer {
    /** The element type. */
    DType dtype();

    /** The dims, outermost first. */
    List<Dim> shape();

    /** The number of dims. */
    default int rank() {
      return shape().size();
    }

    /** The dim at {@code axis} (non-negative). */
    default Dim dim(int axis) {
      return shape().get(axis);
    }

    /** The number of elements, as a dim expression. */
    default Dim numel() {
      return Dim.product(shape());
    }
  }

  /** An immutable tensor value, the type of the tensor dialect. */
  record Tensor(DType dtype, List<Dim> shape) implements Shaped {
    /** Creates a tensor type; the shape list is copied. */
    public Tensor {
      shape = List.copyOf(shape);
    }

    /** The same shape with another dtype. */
    public Tensor withDType(DType d) {
      return new Tensor(d, shape);
    }

    @Override
    public String toString() {
      return "tensor<" + dtype.irName() + formatShape(shape) + ">";
    }
  }

  /** A row-major, contiguous block of memory, the type of the loop dialect. */
  record Buffer(DType dtype, List<Dim> shape) implements Shaped {
    /** Creates a buffer type; the shape list is copied. */
    public Buffer {
      shape = List.copyOf(shape);
    }

    @Override
    public String toString() {
      return "buffer<" + dtype.irName() + formatShape(shape) + ">";
    }
  }

  /** The scalar type of {@code kind}. */
  static Scalar scalar(ScalarKind kind) {
    return new Scalar(kind);
  }

  /** The scalar type of a tensor element of {@code dtype}. */
  static Scalar scalar(DType dtype) {
    return new Scalar(ScalarKind.of(dtype));
  }

  /** The index type used for loop induction variables and dims. */
  static Scalar index() {
    return new Scalar(ScalarKind.INDEX);
  }

  /** Formats a shape as {@code [N, 3]}. */
  static String formatShape(List<Dim> shape) {
    return shape.stream().map(Dim::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
