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

  /** Where a {@link Buffer} lives, as the address spaces of GPU languages name it. */
  enum MemorySpace {
    /** Host memory, or a device's global memory: visible to every thread. */
    GLOBAL,
    /** A work-group's local (shared) memory: visible to the threads of one work-group only. */
    LOCAL;

    /** The name printed in types. */
    public String irName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A row-major, contiguous block of memory, the type of the loop dialect (and of the gpu dialect,
   * where it also says which address space it lives in). Printed {@code buffer<f32[N, D]>}, or
   * {@code buffer<f32[256], local>} outside global memory.
   */
  record Buffer(DType dtype, List<Dim> shape, MemorySpace space) implements Shaped {
    /** Creates a buffer type; the shape list is copied. */
    public Buffer {
      shape = List.copyOf(shape);
      java.util.Objects.requireNonNull(space, "space");
    }

    /** A buffer in global memory. */
    public Buffer(DType dtype, List<Dim> shape) {
      this(dtype, shape, MemorySpace.GLOBAL);
    }

    @Override
    public String toString() {
      String tail = space == MemorySpace.GLOBAL ? "" : ", " + space.irName();
      return "buffer<" + dtype.irName() + formatShape(shape) + tail + ">";
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
