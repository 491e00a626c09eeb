package dev.strata.processor.frontend;

import com.sun.source.util.TreePath;
import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.MathOp;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.arith.UnaryKind;
import dev.strata.ir.dialect.tensor.BroadcastToOp;
import dev.strata.ir.dialect.tensor.DimOp;
import dev.strata.ir.dialect.tensor.ExtractOp;
import dev.strata.ir.dialect.tensor.FillOp;
import dev.strata.ir.dialect.tensor.Inferred;
import dev.strata.ir.dialect.tensor.MatmulOp;
import dev.strata.ir.dialect.tensor.ReduceKind;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.dialect.tensor.ReshapeOp;
import dev.strata.ir.dialect.tensor.Shapes;
import dev.strata.ir.dialect.tensor.SliceOp;
import dev.strata.ir.dialect.tensor.TensorBinaryOp;
import dev.strata.ir.dialect.tensor.TensorCastOp;
import dev.strata.ir.dialect.tensor.TensorCompareOp;
import dev.strata.ir.dialect.tensor.TensorUnaryOp;
import dev.strata.ir.dialect.tensor.TransposeOp;
import dev.strata.ir.dialect.loop.CheckOp;
import dev.strata.ir.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The instance methods of {@code Tensor}, each becoming one tensor-dialect op typed by its
 * inference rule: elementwise arithmetic and comparisons (the {@code double} overloads through a
 * rank-0 fill or splat), unary functions, {@code to}, reductions, {@code matmul}, layout changes,
 * and the inspection methods {@code dim rank numel item get}. Axes are normalised here, so the
 * IR only holds non-negative ones.
 */
final class TensorCallTranslator {
  private static final Set<String> UNARY = Set.of("neg", "abs", "exp", "log", "sqrt", "rsqrt",
      "tanh", "sigmoid", "relu", "gelu", "erf", "sin", "cos", "square", "reciprocal");
  private static final Set<String> REDUCE = Set.of("sum", "mean", "max", "min", "argmax");

  private final TranslationContext ctx;
  private final ScalarTranslator scalars;
  private final ConstantArguments constants;
  private final TensorFactoryTranslator factories;

  TensorCallTranslator(TranslationContext ctx, ScalarTranslator scalars, ConstantArguments constants,
      TensorFactoryTranslator factories) {
    this.ctx = ctx;
    this.scalars = scalars;
    this.constants = constants;
    this.factories = factories;
  }

  private Rewriter b() {
    return ctx.builder();
  }

  /** {@code x.name(args)} with operands that are not poison. */
  Operand call(String name, Operand.TensorValue x, List<Operand> args, List<TreePath> at, TreePath call) {
    Location loc = ctx.loc(call);
    Value v = x.value();
    if (UNARY.contains(name)) {
      UnaryKind kind = UnaryKind.valueOf(name.toUpperCase(Locale.ROOT));
      return ctx.typed(TensorUnaryOp.create(b(), loc, kind, v, v.type()), call);
    }
    if (REDUCE.contains(name)) {
      return reduce(ReduceKind.valueOf(name.toUpperCase(Locale.ROOT)), x, args, at, call);
    }
    return switch (name) {
      case "add" -> binary(BinaryKind.ADD, x, args.getFirst(), at.getFirst(), call);
      case "sub" -> binary(BinaryKind.SUB, x, args.getFirst(), at.getFirst(), call);
      case "mul" -> binary(BinaryKind.MUL, x, args.getFirst(), at.getFirst(), call);
      case "div" -> binary(BinaryKind.DIV, x, args.getFirst(), at.getFirst(), call);
      case "pow" -> binary(BinaryKind.POW, x, args.getFirst(), at.getFirst(), call);
      case "maximum" -> binary(BinaryKind.MAX, x, args.getFirst(), at.getFirst(), call);
      case "minimum" -> binary(BinaryKind.MIN, x, args.getFirst(), at.getFirst(), call);
      case "lt", "le", "gt", "ge", "eq", "ne" -> ctx.typed(TensorCompareOp.create(b(), loc,
          CmpKind.valueOf(name.toUpperCase(Locale.ROOT)), v,
          operand(x, args.getFirst(), at.getFirst()), v.type()), call);
      case "to" -> cast(x, args.getFirst(), at.getFirst(), call);
      case "matmul" -> ctx.typed(MatmulOp.create(b(), loc, v, tensor(args.getFirst()), v.type()), call);
      case "transpose" -> transpose(x, args, at, call);
      case "t" -> matrixTranspose(x, call);
      case "reshape" -> reshape(x, args, at, call);
      case "unsqueeze" -> unsqueeze(x, args.getFirst(), at.getFirst(), call);
      case "squeeze" -> squeeze(x, args.getFirst(), at.getFirst(), call);
      case "broadcastTo" -> broadcastTo(x, args, at, call);
      case "slice" -> slice(x, args, at, call);
      case "dim" -> dim(x, args.getFirst(), at.getFirst(), call);
      case "rank" -> new Operand.Constant(ScalarKind.I32, dev.strata.ir.core.Attribute.of((long) x.type().rank()));
      case "numel" -> numel(x, call);
      case "item", "get" -> extract(x, args, at, call);
      default -> {
        ctx.error(call, Message.UNSUPPORTED_CALL, "Tensor." + name);
        yield Operand.Poison.INSTANCE;
      }
    };
  }

  private static Value tensor(Operand o) {
    return ((Operand.TensorValue) o).value();
  }

  /** The right operand of a binary method: a tensor, or a scalar made a rank-0 tensor of x's dtype. */
  private Value operand(Operand.TensorValue x, Operand other, TreePath at) {
    return other instanceof Operand.TensorValue t ? t.value() : factories.rank0(other, x.type().dtype(), at);
  }

  private Operand binary(BinaryKind kind, Operand.TensorValue x, Operand other, TreePath otherAt,
      TreePath call) {
    Value rhs = operand(x, other, otherAt);
    if ((kind == BinaryKind.DIV || kind == BinaryKind.POW) && !x.type().dtype().isFloating()) {
      rhs = guarded(kind, rhs, call);
    }
    return ctx.typed(TensorBinaryOp.create(b(), ctx.loc(call), kind, x.value(), rhs, x.value().type()),
        call);
  }

  /**
   * The divisor or exponent of an integer {@code div} or {@code pow}, replaced by one that cannot
   * throw (1, or the exponent 0) where Java would not run the call ({@link TranslationContext#guard}):
   * the IR computes both sides of a branch, and only a call Java runs may throw.
   */
  private Value guarded(BinaryKind kind, Value rhs, TreePath call) {
    Value runs = scalars.condition(ctx.guard(), call);
    if (runs == null) {
      return rhs;
    }
    Value harmless = FillOp.create(b(), ctx.loc(call), kind == BinaryKind.DIV ? 1.0 : 0.0, (Type.Tensor) rhs.type());
    return SelectOp.create(b(), ctx.loc(call), runs, rhs, harmless);
  }

  private Operand cast(Operand.TensorValue x, Operand dtypeArg, TreePath at, TreePath call) {
    DType dtype = constants.dtype(dtypeArg, at);
    if (dtype == null) {
      return Operand.Poison.INSTANCE;
    }
    return ctx.typed(TensorCastOp.create(b(), ctx.loc(call), x.value(), dtype, x.value().type()), call);
  }

  /** An axis in [-rank, rank) made non-negative, or null after reporting. */
  private Integer axis(String op, Operand arg, TreePath at, int rank, TreePath call) {
    Long a = constants.integer(arg, at, "the axis '" + at.getLeaf() + "'");
    if (a == null) {
      return null;
    }
    int axis = Shapes.normalizeAxis(a, rank);
    if (axis < 0) {
      ctx.error(call, Message.AXIS_OUT_OF_RANGE, op, a, rank);
      return null;
    }
    return axis;
  }

  private Operand reduce(ReduceKind kind, Operand.TensorValue x, List<Operand> args, List<TreePath> at,
      TreePath call) {
    int rank = x.type().rank();
    List<Integer> axes;
    boolean keepDim = false;
    if (args.isEmpty()) {
      axes = IntStream.range(0, rank).boxed().toList();
    } else {
      Integer axis = axis(kind.opName(), args.get(0), at.get(0), rank, call);
      Boolean keep = constants.flag(args.get(1), at.get(1), "keepDim '" + at.get(1).getLeaf() + "'");
      if (axis == null || keep == null) {
        return Operand.Poison.INSTANCE;
      }
      axes = List.of(axis);
      keepDim = keep;
    }
    List<Integer> mayBeEmpty = axes.stream().filter(a -> !(x.type().dim(a).isConst() && x.type().dim(a).value() > 0))
        .toList();
    if ((kind == ReduceKind.MAX || kind == ReduceKind.MIN || kind == ReduceKind.ARGMAX) && !mayBeEmpty.isEmpty()) {
      String shape = Type.formatShape(x.type().shape());
      List<Value> sizes = new ArrayList<>();
      for (int axis : mayBeEmpty) {
        sizes.add(DimOp.create(b(), ctx.loc(call), x.value(), axis));
      }
      failUnless(allNonZero(sizes, call), args.isEmpty()
          ? kind.opName() + ": cannot reduce the zero-size shape " + shape
          : kind.opName() + ": cannot reduce over axis " + axes.getFirst() + " of size 0 in shape " + shape, call);
    }
    return ctx.typed(ReduceOp.create(b(), ctx.loc(call), kind, x.value(), axes, keepDim,
        x.value().type()), call);
  }

  /** Whether every one of {@code values} (integers) is non-zero, as a bool. */
  private Value allNonZero(List<Value> values, TreePath call) {
    Value all = null;
    for (Value v : values) {
      ScalarKind k = ((Type.Scalar) v.type()).kind();
      Value nonZero = CmpOp.create(b(), ctx.loc(call), CmpKind.NE, v,
          ConstantOp.create(b(), ctx.loc(call), k, Attribute.of(0L)));
      all = all == null ? nonZero : ArithBinaryOp.create(b(), ctx.loc(call), BinaryKind.AND, all, nonZero);
    }
    return all != null ? all
        : ConstantOp.create(b(), ctx.loc(call), ScalarKind.BOOL, Attribute.of(true));
  }

  /**
   * Fails the call with an {@code IllegalArgumentException} carrying {@code message} where {@code
   * ok} is false and Java runs this call ({@link TranslationContext#guard}), as the reference
   * throws; the check stays even when the call's result is never used.
   */
  private void failUnless(Value ok, String message, TreePath call) {
    Value runs = scalars.condition(ctx.guard(), call);
    if (runs != null) {
      ok = ArithBinaryOp.create(b(), ctx.loc(call), BinaryKind.OR, ok,
          MathOp.create(b(), ctx.loc(call), UnaryKind.NOT, runs));
    }
    CheckOp.create(b(), ctx.loc(call), ok, message);
  }

  private Operand transpose(Operand.TensorValue x, List<Operand> args, List<TreePath> at, TreePath call) {
    int rank = x.type().rank();
    Integer a = axis("transpose", args.get(0), at.get(0), rank, call);
    Integer c = axis("transpose", args.get(1), at.get(1), rank, call);
    if (a == null || c == null) {
      return Operand.Poison.INSTANCE;
    }
    List<Integer> perm = new ArrayList<>(IntStream.range(0, rank).boxed().toList());
    perm.set(a, c);
    perm.set(c, a);
    return ctx.typed(TransposeOp.create(b(), ctx.loc(call), x.value(), perm, x.value().type()), call);
  }

  private Operand matrixTranspose(Operand.TensorValue x, TreePath call) {
    int rank = x.type().rank();
    if (rank <= 1) {
      return x;
    }
    if (rank > 2) {
      ctx.error(call, Message.RANK_MISMATCH, "t",
          "t() needs rank <= 2, got " + Type.formatShape(x.type().shape()) + "; use transpose(a, b)");
      return Operand.Poison.INSTANCE;
    }
    return ctx.typed(TransposeOp.create(b(), ctx.loc(call), x.value(), List.of(1, 0), x.value().type()),
        call);
  }

  private Operand reshapeTo(Operand.TensorValue x, List<Dim> shape, TreePath call) {
    Type.Tensor target = new Type.Tensor(x.type().dtype(), shape);
    return ctx.typed(ReshapeOp.create(b(), ctx.loc(call), x.value(), target), call);
  }

  private Operand reshape(Operand.TensorValue x, List<Operand> args, List<TreePath> at, TreePath call) {
    List<Dim> dims = constants.dims(args, at, true);
    if (dims == null) {
      return Operand.Poison.INSTANCE;
    }
    String requested = args.stream().map(a -> a instanceof Operand.Constant c ? Long.toString(c.longValue())
        : String.valueOf(Operand.dimOf(a))).toList().toString();
    long inferred = dims.stream().filter(d -> d == ConstantArguments.INFERRED).count();
    if (dims.contains(null) || inferred > 1) {
      return reshapeMismatch(x, requested, call);
    }
    if (inferred == 1) {
      Dim known = Dim.product(dims.stream().filter(d -> d != ConstantArguments.INFERRED).toList());
      Dim numel = x.type().numel();
      if (known.is(0) || (known.isConst() && numel.isConst() && numel.value() % known.value() != 0)) {
        return reshapeMismatch(x, requested, call);
      }
      if (!known.isConst()) {
        List<Value> others = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
          if (dims.get(i) != ConstantArguments.INFERRED && !dims.get(i).isConst()) {
            others.add(scalars.materialize(args.get(i), at.get(i)));
          }
        }
        failUnless(allNonZero(others, call), "reshape: cannot infer -1 in " + requested
            + " when the other dims multiply to 0: any size would fit", call);
      }
      Dim rest = DimFactors.quotient(x.type().shape(), dims.stream().filter(d -> d != ConstantArguments.INFERRED).toList());
      dims = dims.stream().map(d -> d == ConstantArguments.INFERRED ? rest : d).toList();
    }
    return reshapeTo(x, dims, call);
  }

  private Operand reshapeMismatch(Operand.TensorValue x, String requested, TreePath call) {
    ctx.error(call, Message.RESHAPE_MISMATCH, Type.formatShape(x.type().shape()), requested);
    return Operand.Poison.INSTANCE;
  }

  private Operand unsqueeze(Operand.TensorValue x, Operand arg, TreePath at, TreePath call) {
    int rank = x.type().rank();
    Long a = constants.integer(arg, at, "the axis '" + at.getLeaf() + "'");
    if (a == null) {
      return Operand.Poison.INSTANCE;
    }
    long axis = a < 0 ? a + rank + 1 : a;
    if (axis < 0 || axis > rank) {
      ctx.error(call, Message.AXIS_OUT_OF_RANGE, "unsqueeze", a, rank + 1);
      return Operand.Poison.INSTANCE;
    }
    List<Dim> shape = new ArrayList<>(x.type().shape());
    shape.add((int) axis, Dim.of(1));
    return reshapeTo(x, shape, call);
  }

  private Operand squeeze(Operand.TensorValue x, Operand arg, TreePath at, TreePath call) {
    Integer axis = axis("squeeze", arg, at, x.type().rank(), call);
    if (axis == null) {
      return Operand.Poison.INSTANCE;
    }
    Dim d = x.type().dim(axis);
    if (d.isConst() && !d.is(1)) {
      ctx.error(call, Message.RANK_MISMATCH, "squeeze", "axis " + axis + " of "
          + Type.formatShape(x.type().shape()) + " has size " + d + ", not 1");
      return Operand.Poison.INSTANCE;
    }
    if (!d.isConst()) {
      ctx.constrain(new Inferred.Constraint(d, Dim.of(1)));
    }
    List<Dim> shape = new ArrayList<>(x.type().shape());
    shape.remove((int) axis);
    return reshapeTo(x, shape, call);
  }

  private Operand broadcastTo(Operand.TensorValue x, List<Operand> args, List<TreePath> at, TreePath call) {
    List<Dim> dims = constants.dims(args, at, false);
    if (dims == null) {
      return Operand.Poison.INSTANCE;
    }
    if (dims.contains(null)) {
      ctx.error(call, Message.SHAPE_MISMATCH, "broadcastTo", Type.formatShape(x.type().shape()),
          args.stream().map(a -> String.valueOf(((Operand.Constant) a).longValue())).toList());
      return Operand.Poison.INSTANCE;
    }
    Type.Tensor target = new Type.Tensor(x.type().dtype(), dims);
    return ctx.typed(BroadcastToOp.create(b(), ctx.loc(call), x.value(), target), call);
  }

  private Operand slice(Operand.TensorValue x, List<Operand> args, List<TreePath> at, TreePath call) {
    Integer axis = axis("slice", args.get(0), at.get(0), x.type().rank(), call);
    Attribute start = constants.sliceBound(args.get(1), at.get(1), "the slice start '" + at.get(1).getLeaf() + "'");
    Attribute end = constants.sliceBound(args.get(2), at.get(2), "the slice end '" + at.get(2).getLeaf() + "'");
    if (axis == null || start == null || end == null) {
      return Operand.Poison.INSTANCE;
    }
    return ctx.typed(SliceOp.create(b(), ctx.loc(call), x.value(), axis, start, end, x.value().type()),
        call);
  }

  private Operand dim(Operand.TensorValue x, Operand arg, TreePath at, TreePath call) {
    Integer axis = axis("dim", arg, at, x.type().rank(), call);
    if (axis == null) {
      return Operand.Poison.INSTANCE;
    }
    Dim d = x.type().dim(axis);
    if (d.isConst()) {
      return new Operand.Constant(ScalarKind.I64, dev.strata.ir.core.Attribute.of(d.value()));
    }
    return new Operand.Scalar(DimOp.create(b(), ctx.loc(call), x.value(), axis), d);
  }

  private Operand numel(Operand.TensorValue x, TreePath call) {
    Dim numel = x.type().numel();
    if (numel.isConst()) {
      return new Operand.Constant(ScalarKind.I64, dev.strata.ir.core.Attribute.of(numel.value()));
    }
    Location loc = ctx.loc(call);
    Value product = null;
    Value constantPart = null;
    long constant = 1;
    for (int i = 0; i < x.type().rank(); i++) {
      Dim d = x.type().dim(i);
      if (d.isConst()) {
        constant *= d.value();
        continue;
      }
      Value size = DimOp.create(b(), loc, x.value(), i);
      product = product == null ? size : ArithBinaryOp.create(b(), loc, BinaryKind.MUL, product, size);
    }
    if (constant != 1) {
      constantPart = ConstantOp.create(b(), loc, ScalarKind.I64, dev.strata.ir.core.Attribute.of(constant));
      product = ArithBinaryOp.create(b(), loc, BinaryKind.MUL, product, constantPart);
    }
    return new Operand.Scalar(product, numel);
  }

  private Operand extract(Operand.TensorValue x, List<Operand> args, List<TreePath> at, TreePath call) {
    List<Value> indices = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      indices.add(scalars.materialize(args.get(i), ScalarKind.I64, at.get(i)));
    }
    Value v = ExtractOp.create(b(), ctx.loc(call), x.value(), indices);
    return ctx.typed(v.definingOp(), call);
  }
}
