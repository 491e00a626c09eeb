package dev.strata.ir.core;

import java.util.List;
import java.util.stream.Collectors;

/** A compile-time constant attached to an operation by name. */
public sealed interface Attribute
    permits Attribute.IntAttr, Attribute.FloatAttr, Attribute.BoolAttr, Attribute.StringAttr,
        Attribute.ArrayAttr, Attribute.TypeAttr, Attribute.DimAttr {

  /** A 64-bit integer. */
  record IntAttr(long value) implements Attribute {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A double; printed so that it parses back to the same bits. */
  record FloatAttr(double value) implements Attribute {
    @Override
    public boolean equals(Object o) {
      return o instanceof FloatAttr f
          && Double.doubleToLongBits(f.value) == Double.doubleToLongBits(value);
    }

    @Override
    public int hashCode() {
      return Double.hashCode(value);
    }

    @Override
    public String toString() {
      if (Double.isNaN(value)) {
        return "nan";
      }
      if (Double.isInfinite(value)) {
        return value > 0 ? "inf" : "-inf";
      }
      return Double.toString(value);
    }
  }

  /** A boolean. */
  record BoolAttr(boolean value) implements Attribute {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A string. */
  record StringAttr(String value) implements Attribute {
    @Override
    public String toString() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }

  /** A list of attributes. */
  record ArrayAttr(List<Attribute> values) implements Attribute {
    /** Creates an array attribute; the list is copied. */
    public ArrayAttr {
      values = List.copyOf(values);
    }

    @Override
    public String toString() {
      return values.stream().map(Attribute::toString).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** A type used as a value. */
  record TypeAttr(Type type) implements Attribute {
    @Override
    public String toString() {
      return "type(" + type + ")";
    }
  }

  /** A size computed from symbolic dims, such as a slice bound {@code dim((D / 2))}. */
  record DimAttr(Dim dim) implements Attribute {
    @Override
    public String toString() {
      return "dim(" + dim + ")";
    }
  }

  /** An integer attribute. */
  static IntAttr of(long v) {
    return new IntAttr(v);
  }

  /** A float attribute. */
  static FloatAttr of(double v) {
    return new FloatAttr(v);
  }

  /** A boolean attribute. */
  static BoolAttr of(boolean v) {
    return new BoolAttr(v);
  }

  /** A string attribute. */
  static StringAttr of(String v) {
    return new StringAttr(v);
  }

  /** An array of integers. */
  static ArrayAttr ints(List<? extends Number> values) {
    return new ArrayAttr(values.stream().map(n -> (Attribute) of(n.longValue())).toList());
  }
}
