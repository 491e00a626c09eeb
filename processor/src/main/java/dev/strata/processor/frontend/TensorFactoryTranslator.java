package dev.strata.processor.frontend;

import com.sun.source.util.TreePath;
import dev.strata.DType;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ScalarSemantics;
import dev.strata.ir.dialect.tensor.FillOp;
import dev.strata.ir.dialect.tensor.IotaOp;
import dev.strata.ir.dialect.tensor.RandomOp;
import dev.strata.ir.dialect.tensor.SplatOp;
import dev.strata.ir.dialect.tensor.WhereOp;
import dev.strata.ir.diagnostic.Message;
import java.util.List;
import java.util.Set;

/**
 * The static methods of {@code Tensor}: {@code where}, and the factories {@code scalar zeros ones
 * full arange rand randn}, which become {@code tensor.fill} for a constant value,
 * {@code tensor.splat} for a run-time one, {@code tensor.iota} and {@code tensor.random}. Also
 * turns the scalar operand of {@code x.add(2.0)} and the like into a rank-0 tensor.
 */
final class TensorFactoryTranslator {
  /** The static methods of {@code Tensor} a kernel may call. */
  static final Set<String> SUPPORTED = Set.of("where", "scalar", "zeros", "ones", "full", "arange",
      "rand", "randn");

  private final TranslationContext ctx;
  private final ScalarTranslator scalars;
  private final ConstantArguments constants;

  TensorFactoryTranslator(TranslationContext ctx, ScalarTranslator scalars, ConstantArguments constants) {
    this.ctx = ctx;
    this.scalars = scalars;
    this.constants = constants;
  }

  /** A static method of {@code Tensor} called with operands that are not poison. */
  Operand call(String name, List<Operand> args, List<TreePath> at, TreePath call) {
    return switch (name) {
      case "where" -> ctx.typed(WhereOp.create(ctx.builder(), ctx.loc(call), tensor(args.get(0)),
          tensor(args.get(1)), tensor(args.get(2)), tensor(args.get(1)).type()), call);
      case "scalar" -> filled(args.get(0), at.get(0), args.get(1), at.get(1), List.of(), List.of(), call);
      case "zeros" -> filled(args.get(0), at.get(0), zero(), call, args.subList(1, args.size()),
          at.subList(1, at.size()), call);
      case "ones" -> filled(args.get(0), at.get(0), one(), call, args.subList(1, args.size()),
          at.subList(1, at.size()), call);
      case "full" -> filled(args.get(0), at.get(0), args.get(1), at.get(1), args.subList(2, args.size()),
          at.subList(2, at.size()), call);
      case "arange" -> arange(args, at, call);
      case "rand", "randn" -> random(name.equals("randn"), args, at, call);
      default -> unsupported(name, call);
    };
  }

  private static Value tensor(Operand o) {
    return ((Operand.TensorValue) o).value();
  }

  private static Operand zero() {
    return new Operand.Constant(ScalarKind.F64, dev.strata.ir.core.Attribute.of(0.0));
  }

  private static Operand one() {
    return new Operand.Constant(ScalarKind.F64, dev.strata.ir.core.Attribute.of(1.0));
  }

  private Operand unsupported(String name, TreePath call) {
    ctx.error(call, Message.UNSUPPORTED_CALL, "Tensor." + name);
    return Operand.Poison.INSTANCE;
  }

  private Operand filled(Operand dtypeArg, TreePath dtypeAt, Operand value, TreePath valueAt,
      List<Operand> shapeArgs, List<TreePath> shapeAt, TreePath call) {
    DType dtype = constants.dtype(dtypeArg, dtypeAt);
    List<Dim> shape = shape(shapeArgs, shapeAt, call);
    if (dtype == null || shape == null) {
      return Operand.Poison.INSTANCE;
    }
    return new Operand.TensorValue(fill(value, new Type.Tensor(dtype, shape), valueAt));
  }

  /** The dims of a factory's shape arguments, or null after an error. */
  private List<Dim> shape(List<Operand> args, List<TreePath> at, TreePath call) {
    List<Dim> dims = constants.dims(args, at, false);
    if (dims != null && dims.contains(null)) {
      ctx.error(call, Message.RANK_MISMATCH, call.getLeaf().toString(), "dims must be non-negative");
      return null;
    }
    return dims;
  }

  /**
   * A tensor of {@code type} whose every element is the scalar {@code value} converted to the
   * dtype as {@code Tensor.full} converts a double: {@code tensor.fill} when the value is a
   * constant, else {@code arith.cast} to the element kind and {@code tensor.splat}.
   */
  Value fill(Operand value, Type.Tensor type, TreePath at) {
    Location loc = ctx.loc(at);
    if (value instanceof Operand.Constant c) {
      double d = ScalarSemantics.asDouble(ScalarSemantics.cast(c.value(), ScalarKind.F64));
      return FillOp.create(ctx.builder(), loc, d, type);
    }
    Operand s = value;
    if (Operand.scalarKind(s) == ScalarKind.I64) {
      s = scalars.convert(s, ScalarKind.F64, at); // Java passes the long as a double
    }
    Value element = scalars.materialize(s, ScalarKind.of(type.dtype()), at);
    return SplatOp.create(ctx.builder(), loc, element, type);
  }

  /** The scalar operand of {@code x.add(s)} and the like, as a rank-0 tensor of {@code dtype}. */
  Value rank0(Operand scalar, DType dtype, TreePath at) {
    return fill(scalar, new Type.Tensor(dtype, List.of()), at);
  }

  private Operand arange(List<Operand> args, List<TreePath> at, TreePath call) {
    DType dtype = constants.dtype(args.get(0), at.get(0));
    List<Dim> n = shape(args.subList(1, 2), at.subList(1, 2), call);
    if (dtype == null || n == null) {
      return Operand.Poison.INSTANCE;
    }
    return new Operand.TensorValue(IotaOp.create(ctx.builder(), ctx.loc(call), new Type.Tensor(dtype, n)));
  }

  private Operand random(boolean normal, List<Operand> args, List<TreePath> at, TreePath call) {
    DType dtype = constants.dtype(args.get(1), at.get(1));
    List<Dim> shape = shape(args.subList(2, args.size()), at.subList(2, at.size()), call);
    if (dtype == null || shape == null) {
      return Operand.Poison.INSTANCE;
    }
    Value seed = scalars.materialize(args.get(0), ScalarKind.I64, at.get(0));
    return new Operand.TensorValue(RandomOp.create(ctx.builder(), ctx.loc(call), seed, normal,
        new Type.Tensor(dtype, shape)));
  }
}
