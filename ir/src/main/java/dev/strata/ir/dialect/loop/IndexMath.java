package dev.strata.ir.dialect.loop;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.SelectOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Index arithmetic for one function being lowered: dims as index values (symbols and
 * expressions computed once, in the function's prologue) and row-major linearisation. A kernel
 * outlined from a function {@linkplain #bind binds} the dims it receives as parameters instead.
 */
public final class IndexMath {
  private final OpBuilder prologue;
  private final Location loc;
  private final Map<Dim, Value> dims = new HashMap<>();

  /** Index math whose dims are built at {@code prologue}, with {@code loc} on every op. */
  public IndexMath(OpBuilder prologue, Location loc) {
    this.prologue = prologue;
    this.loc = loc;
  }

  /** The index value of {@code d}, created in the prologue on first use. */
  public Value dim(Dim d) {
    Value v = dims.get(d);
    if (v != null) {
      return v;
    }
    v = switch (d) {
      case Dim.Const c -> ConstantOp.index(prologue, loc, c.value());
      case Dim.Sym s -> {
        Value sym = SymOp.create(prologue, loc, s.name());
        sym.setNameHint(s.name());
        yield sym;
      }
      case Dim.Expr e -> expr(e);
    };
    dims.put(d, v);
    return v;
  }

  /** Makes {@code v} the value of {@code d}, e.g. a kernel parameter carrying a symbol's value. */
  public void bind(Dim d, Value v) {
    dims.put(d, v);
  }

  private Value expr(Dim.Expr e) {
    Value a = dim(e.lhs());
    Value b = dim(e.rhs());
    if (e.op() == Dim.Op.BCAST) {
      Value unit = CmpOp.create(prologue, loc, CmpKind.EQ, a, dim(Dim.of(1)));
      return SelectOp.create(prologue, loc, unit, b, a);
    }
    BinaryKind k = switch (e.op()) {
      case ADD -> BinaryKind.ADD;
      case SUB -> BinaryKind.SUB;
      case MUL -> BinaryKind.MUL;
      case DIV -> BinaryKind.DIV;
      case MIN -> BinaryKind.MIN;
      case MAX -> BinaryKind.MAX;
      case BCAST -> throw new IllegalStateException("handled above");
    };
    Value r = ArithBinaryOp.create(prologue, loc, k, a, b);
    // Dims never go negative: Dim.eval clamps at 0, and so does the lowering.
    return e.op() == Dim.Op.SUB ? ArithBinaryOp.create(prologue, loc, BinaryKind.MAX, r, dim(Dim.of(0))) : r;
  }

  /** An index constant in the prologue. */
  public Value constant(long v) {
    return dim(Dim.of(v));
  }

  /** The row-major linear offset of {@code idx} in {@code shape}, built at {@code b}. */
  public Value linearize(OpBuilder b, List<Value> idx, List<Dim> shape) {
    Value off = constant(0);
    for (int k = 0; k < shape.size(); k++) {
      Value scaled = ArithBinaryOp.create(b, loc, BinaryKind.MUL, off, dim(shape.get(k)));
      off = ArithBinaryOp.create(b, loc, BinaryKind.ADD, scaled, idx.get(k));
    }
    return off;
  }

  /** The indices of linear offset {@code p} in {@code shape}, built at {@code b}. */
  public List<Value> delinearize(OpBuilder b, Value p, List<Dim> shape) {
    List<Value> idx = new ArrayList<>();
    Value rest = p;
    for (int k = shape.size() - 1; k >= 0; k--) {
      if (k == 0) {
        idx.addFirst(rest);
      } else {
        Value d = dim(shape.get(k));
        idx.addFirst(ArithBinaryOp.create(b, loc, BinaryKind.REM, rest, d));
        rest = ArithBinaryOp.create(b, loc, BinaryKind.DIV, rest, d);
      }
    }
    return idx;
  }
}
