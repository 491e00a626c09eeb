package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Type;
import dev.strata.ir.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;

/** Shape arithmetic shared by the tensor ops' inference rules: broadcasting and axes. */
public final class Shapes {
  private Shapes() {}

  /**
   * NumPy broadcasting of two shapes, where dims must match exactly unless one is a literal 1: two
   * different symbolic dims (or a symbol against a constant) must be equal at run time, which is
   * recorded as a constraint. Returns null when two constants differ and neither is 1.
   */
  public static List<Dim> broadcast(List<Dim> a, List<Dim> b, List<Inferred.Constraint> constraints) {
    return broadcast(a, b, constraints, false);
  }

  /**
   * NumPy broadcasting of two shapes as elementwise ops do it, decided at run time where a dim is
   * not known at compile time: {@code N} against {@code M} gives {@code bcast(N, M)} with the
   * constraint {@code N ~ M} (equal, or either 1), {@code N} against a constant {@code c} gives
   * {@code c} with {@code N ~ c}. Returns null when two constants differ and neither is 1.
   */
  public static List<Dim> broadcastAtRunTime(List<Dim> a, List<Dim> b, List<Inferred.Constraint> constraints) {
    return broadcast(a, b, constraints, true);
  }

  private static List<Dim> broadcast(List<Dim> a, List<Dim> b, List<Inferred.Constraint> constraints,
      boolean atRunTime) {
    int rank = Math.max(a.size(), b.size());
    List<Dim> out = new ArrayList<>(rank);
    for (int i = 0; i < rank; i++) {
      int ia = i - (rank - a.size());
      int ib = i - (rank - b.size());
      Dim da = ia >= 0 ? a.get(ia) : Dim.of(1);
      Dim db = ib >= 0 ? b.get(ib) : Dim.of(1);
      if (da.equals(db) || db.is(1)) {
        out.add(da);
      } else if (da.is(1)) {
        out.add(db);
      } else if (da.isConst() && db.isConst()) {
        return null;
      } else if (atRunTime) {
        constraints.add(new Inferred.Constraint(da, db, true));
        out.add(da.isConst() ? da : db.isConst() ? db : Dim.apply(Dim.Op.BCAST, da, db));
      } else {
        constraints.add(new Inferred.Constraint(da, db));
        out.add(da.isConst() ? da : db.isConst() ? db : da);
      }
    }
    return out;
  }

  /** Broadcasts the shapes of several tensors, or returns an error naming {@code op}. */
  public static Inferred broadcastAll(String op, DType dtype, List<Type.Tensor> operands) {
    List<Inferred.Constraint> constraints = new ArrayList<>();
    List<Dim> shape = operands.getFirst().shape();
    for (int i = 1; i < operands.size(); i++) {
      List<Dim> next = broadcastAtRunTime(shape, operands.get(i).shape(), constraints);
      if (next == null) {
        return Inferred.error(Message.SHAPE_MISMATCH, op, Type.formatShape(shape),
            Type.formatShape(operands.get(i).shape()));
      }
      shape = next;
    }
    return Inferred.of(new Type.Tensor(dtype, shape), constraints);
  }

  /** {@code axis} made non-negative for {@code rank}, or -1 when out of range. */
  public static int normalizeAxis(long axis, int rank) {
    long a = axis < 0 ? axis + rank : axis;
    return a < 0 || a >= rank ? -1 : (int) a;
  }

  /** The tensor type of a value, or null if it is not a tensor. */
  public static Type.Tensor tensor(Type t) {
    return t instanceof Type.Tensor tt ? tt : null;
  }
}
