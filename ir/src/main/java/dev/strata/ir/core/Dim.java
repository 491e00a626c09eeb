package dev.strata.ir.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One dimension of a tensor or buffer type: a non-negative constant, a symbol bound at call time
 * ({@code N}), or an expression of those (from {@code reshape(-1)} or {@code slice}). Expressions
 * are kept in a canonical, simplified form so that structurally equal dims compare equal.
 */
public sealed interface Dim permits Dim.Const, Dim.Sym, Dim.Expr {

  /** A dim known at compile time. */
  record Const(long value) implements Dim {
    /** Creates a constant dim; {@code value} must be non-negative. */
    public Const {
      if (value < 0) {
        throw new IllegalArgumentException("negative dim " + value);
      }
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A symbolic dim, bound once per call from the arguments' shapes. */
  record Sym(String name) implements Dim {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The operators a dim expression may use. */
  enum Op {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MIN("min"), MAX("max"),
    /** NumPy's broadcast of two dims that may each be 1 at run time: {@code a == 1 ? b : a}. */
    BCAST("bcast");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** The operator's spelling in the text form. */
    public String symbol() {
      return symbol;
    }

    long apply(long a, long b) {
      return switch (this) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV -> Math.floorDiv(a, b);
        case MIN -> Math.min(a, b);
        case MAX -> Math.max(a, b);
        case BCAST -> a == 1 ? b : a;
      };
    }
  }

  /** A binary expression of dims; build it through {@link Dim#apply}, which simplifies. */
  record Expr(Op op, Dim lhs, Dim rhs) implements Dim {
    @Override
    public String toString() {
      return switch (op) {
        case MIN, MAX, BCAST -> op.symbol + "(" + lhs + ", " + rhs + ")";
        default -> "(" + lhs + " " + op.symbol + " " + rhs + ")";
      };
    }
  }

  /** A constant dim. */
  static Dim of(long value) {
    return new Const(value);
  }

  /** A symbolic dim. */
  static Dim sym(String name) {
    return new Sym(name);
  }

  /** Whether the value is known at compile time. */
  default boolean isConst() {
    return this instanceof Const;
  }

  /** The constant value; only for {@link Const}. */
  default long value() {
    if (this instanceof Const c) {
      return c.value();
    }
    throw new IllegalStateException("dim " + this + " is not constant");
  }

  /** Whether this dim is the constant {@code v}. */
  default boolean is(long v) {
    return this instanceof Const c && c.value() == v;
  }

  /** {@code op(a, b)}, folded where both are constant and simplified for identities. */
  static Dim apply(Op op, Dim a, Dim b) {
    if (a instanceof Const x && b instanceof Const y) {
      return of(Math.max(0, op.apply(x.value(), y.value())));
    }
    switch (op) {
      case ADD -> {
        if (a.is(0)) {
          return b;
        }
        if (b.is(0)) {
          return a;
        }
      }
      case SUB -> {
        if (b.is(0)) {
          return a;
        }
        if (atMost(a, b)) {
          return of(0);
        }
        if (a instanceof Expr e && e.op() == Op.MUL && e.lhs().equals(b) && e.rhs() instanceof Const k
            && k.value() >= 1) {
          return apply(Op.MUL, b, of(k.value() - 1)); // x * k - x -> x * (k - 1)
        }
      }
      case MUL -> {
        if (a.is(1)) {
          return b;
        }
        if (b.is(1)) {
          return a;
        }
        if (a.is(0) || b.is(0)) {
          return of(0);
        }
        if (a instanceof Const && !(b instanceof Const)) {
          return new Expr(op, b, a);
        }
      }
      case DIV -> {
        if (b.is(1)) {
          return a;
        }
        if (a instanceof Expr e && e.op() == Op.MUL && e.rhs().equals(b)) {
          return e.lhs(); // (x * b) / b -> x
        }
        if (a instanceof Expr e && e.op() == Op.MUL && e.lhs().equals(b)) {
          return e.rhs(); // (b * x) / b -> x
        }
        if (a.equals(b)) {
          return of(1);
        }
      }
      case MIN -> {
        if (atMost(a, b)) {
          return a;
        }
        if (atMost(b, a)) {
          return b;
        }
      }
      case MAX -> {
        if (atMost(a, b)) {
          return b;
        }
        if (atMost(b, a)) {
          return a;
        }
      }
      case BCAST -> {
        return broadcastOf(a, b);
      }
    }
    return new Expr(op, a, b);
  }

  /**
   * Whether {@code a <= b} whatever sizes (non-negative values) the symbols take: each rule drops
   * a part that can only make {@code a} smaller or {@code b} larger, such as {@code x / 2 <= x}
   * and {@code x <= x + y}.
   *
   * @param a a dim
   * @param b a dim
   * @return true when provably {@code a <= b}; false when unknown or not so
   */
  static boolean atMost(Dim a, Dim b) {
    if (a.equals(b) || a.is(0)) {
      return true;
    }
    if (a instanceof Const x && b instanceof Const y) {
      return x.value() <= y.value();
    }
    if (a instanceof Expr e) {
      boolean positiveConstRhs = e.rhs() instanceof Const k && k.value() >= 1;
      switch (e.op()) {
        case DIV -> {
          if (positiveConstRhs && atMost(e.lhs(), b)) {
            return true; // floor(x / k) <= x
          }
        }
        case MUL -> {
          if (positiveConstRhs && e.lhs() instanceof Expr q && q.op() == Op.DIV && q.rhs().equals(e.rhs())
              && atMost(q.lhs(), b)) {
            return true; // floor(x / k) * k <= x
          }
        }
        case SUB -> {
          if (atMost(e.lhs(), b)) {
            return true; // sizes subtract down to 0 at the least
          }
        }
        case MIN -> {
          if (atMost(e.lhs(), b) || atMost(e.rhs(), b)) {
            return true;
          }
        }
        case MAX -> {
          if (atMost(e.lhs(), b) && atMost(e.rhs(), b)) {
            return true;
          }
        }
        default -> { }
      }
    }
    if (b instanceof Expr e) {
      return switch (e.op()) {
        case ADD -> atMost(a, e.lhs()) || atMost(a, e.rhs());
        case MAX -> atMost(a, e.lhs()) || atMost(a, e.rhs());
        case MUL -> e.rhs() instanceof Const k && k.value() >= 1 && atMost(a, e.lhs());
        default -> false;
      };
    }
    return false;
  }

  /**
   * {@code bcast} in a canonical form, so that equal broadcasts compare equal whatever the order
   * they were written in: nested broadcasts are flattened, 1s and repeats dropped, and the rest
   * sorted by their text. The result is the same at run time, as broadcasting is commutative and
   * associative wherever the entry checks let it run.
   */
  private static Dim broadcastOf(Dim a, Dim b) {
    java.util.TreeMap<String, Dim> parts = new java.util.TreeMap<>();
    collectBroadcast(a, parts);
    collectBroadcast(b, parts);
    parts.values().removeIf(d -> d.is(1));
    if (parts.isEmpty()) {
      return of(1);
    }
    Dim out = null;
    for (Dim d : parts.values()) {
      out = out == null ? d : new Expr(Op.BCAST, out, d);
    }
    return out;
  }

  private static void collectBroadcast(Dim d, Map<String, Dim> into) {
    if (d instanceof Expr e && e.op() == Op.BCAST) {
      collectBroadcast(e.lhs(), into);
      collectBroadcast(e.rhs(), into);
    } else {
      into.put(d.toString(), d);
    }
  }

  /** {@code a * b}. */
  static Dim mul(Dim a, Dim b) {
    return apply(Op.MUL, a, b);
  }

  /** The product of {@code dims}, 1 for none. */
  static Dim product(Iterable<Dim> dims) {
    Dim p = of(1);
    for (Dim d : dims) {
      p = mul(p, d);
    }
    return p;
  }

  /** Evaluates this dim with the symbols bound in {@code env}. */
  default long eval(Map<String, Long> env) {
    return switch (this) {
      case Const c -> c.value();
      case Sym s -> {
        Long v = env.get(s.name());
        if (v == null) {
          throw new IllegalArgumentException("unbound dim symbol " + s.name());
        }
        yield v;
      }
      case Expr e -> Math.max(0, e.op().apply(e.lhs().eval(env), e.rhs().eval(env)));
    };
  }

  /** The symbols this dim mentions. */
  default Set<String> symbols() {
    Set<String> out = new TreeSet<>();
    collectSymbols(this, out);
    return out;
  }

  private static void collectSymbols(Dim d, Set<String> out) {
    switch (d) {
      case Const c -> { }
      case Sym s -> out.add(s.name());
      case Expr e -> {
        collectSymbols(e.lhs(), out);
        collectSymbols(e.rhs(), out);
      }
    }
  }
}
