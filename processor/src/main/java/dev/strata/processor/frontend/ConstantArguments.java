package dev.strata.processor.frontend;

import com.sun.source.util.TreePath;
import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Dim;
import dev.strata.ir.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the arguments that must be known at compile time: axes, flags, dtypes and shapes. Each
 * method returns null after reporting {@code [strata.not-constant]} (or nothing, for poison).
 */
final class ConstantArguments {
  /** Stands for a {@code -1} entry of a reshape, to be inferred from the element count. */
  static final Dim INFERRED = Dim.sym("-1");

  private final TranslationContext ctx;

  ConstantArguments(TranslationContext ctx) {
    this.ctx = ctx;
  }

  /** An integer constant (an axis, a slice bound). */
  Long integer(Operand o, TreePath at, String what) {
    if (o instanceof Operand.Constant c && c.isInteger()) {
      return c.longValue();
    }
    notConstant(o, at, what);
    return null;
  }

  /**
   * A slice bound: an integer constant (Python's semantics, negative counting from the end), or
   * a size built from {@code dim()}, {@code numel()}, non-negative constants, {@code +}, {@code *}
   * and {@code /} (such as {@code x.dim(1) / 2}), whose value Java computes exactly as the dim
   * does. A bound that subtracts a size not provably smaller may be negative at run time, where
   * Python's semantics count it from the end and a size cannot, so it is refused ({@code
   * [strata.slice-bound]}); the dims of a slice are sizes like any other.
   */
  Attribute sliceBound(Operand o, TreePath at, String what) {
    if (o instanceof Operand.Constant c && c.isInteger()) {
      return Attribute.of(c.longValue());
    }
    Dim d = Operand.dimOf(o);
    if (d == null) {
      if (o != Operand.Poison.INSTANCE) {
        ctx.error(at, Message.SLICE_BOUND, what, "is neither a constant nor built from dim() and numel()");
      }
      return null;
    }
    if (Operand.clamped(o)) {
      ctx.error(at, Message.SLICE_BOUND, what, "subtracts, so it may be negative at run time, where a slice"
          + " counts it from the end; use a negative constant (x.slice(0, 0, -1)) instead");
      return null;
    }
    return new Attribute.DimAttr(d);
  }

  /** A boolean constant ({@code keepDim}). */
  Boolean flag(Operand o, TreePath at, String what) {
    if (o instanceof Operand.Constant c && c.kind() == dev.strata.ir.core.ScalarKind.BOOL) {
      return c.isTrue();
    }
    notConstant(o, at, what);
    return null;
  }

  /** A {@code DType.X} constant. */
  DType dtype(Operand o, TreePath at) {
    if (o instanceof Operand.DTypeConstant d) {
      return d.dtype();
    }
    notConstant(o, at, "the dtype '" + at.getLeaf() + "'");
    return null;
  }

  /**
   * The dims given by shape arguments: integer constants, {@code x.dim(k)}, {@code numel()} and
   * arithmetic of those; {@code -1} becomes {@link #INFERRED} when {@code allowInferred}.
   * Returns null after an error; a negative constant is reported by the caller, which knows the
   * operation.
   */
  List<Dim> dims(List<Operand> args, List<TreePath> at, boolean allowInferred) {
    List<Dim> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < args.size(); i++) {
      Operand o = args.get(i);
      if (o instanceof Operand.Constant c && c.isInteger() && c.longValue() == -1 && allowInferred) {
        out.add(INFERRED);
        continue;
      }
      if (o instanceof Operand.Constant c && c.isInteger() && c.longValue() < 0) {
        out.add(null);
        continue;
      }
      Dim d = Operand.dimOf(o);
      if (d == null) {
        notConstant(o, at.get(i), "the shape entry '" + at.get(i).getLeaf() + "'");
        ok = false;
      }
      out.add(d);
    }
    return ok ? out : null;
  }

  private void notConstant(Operand o, TreePath at, String what) {
    if (o != Operand.Poison.INSTANCE) {
      ctx.error(at, Message.NOT_CONSTANT, what);
    }
  }
}
