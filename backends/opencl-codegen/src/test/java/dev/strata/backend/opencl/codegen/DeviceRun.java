package dev.strata.backend.opencl.codegen;

import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceProgram;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.ConstantOp;
import dev.strata.ir.dialect.arith.ScalarSemantics;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.builtin.ReturnOp;
import dev.strata.ir.dialect.gpu.LaunchOp;
import dev.strata.ir.dialect.loop.AllocOp;
import dev.strata.ir.dialect.loop.LoopMatmulOp;
import dev.strata.ir.dialect.loop.LoopRandomOp;
import dev.strata.ir.dialect.loop.ParallelOp;
import dev.strata.ir.dialect.loop.SymOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a function of a gpu-stage module on an OpenCL device: a small interpreter of the host side
 * that evaluates the scalar arguments of each {@code gpu.launch} (symbols, constants, index
 * arithmetic, casts), allocates the {@code loop.alloc} buffers, launches the emitted kernels with
 * {@code groups * 256} threads in work-groups of 256, and downloads what the function returns.
 * Functions that keep work on the CPU are refused. A kernel that sets its trap flag (a zero
 * divisor) makes the run throw {@link ArithmeticException}, where the run time would rerun the
 * group on the CPU to throw Java's.
 */
final class DeviceRun implements AutoCloseable {
  private final Device device;
  private final Map<String, OpenClKernel> kernels = new HashMap<>();
  private final Map<String, DeviceProgram> programs = new HashMap<>();
  private final Map<String, Long> symbols;
  private final Map<Value, Object> values = new HashMap<>();
  private final List<DeviceBuffer> buffers = new ArrayList<>();

  private DeviceRun(Device device, ModuleOp module, Map<String, Long> symbols)
      throws DeviceException {
    this.device = device;
    this.symbols = symbols;
    for (OpenClKernel k : OpenClEmitter.emit(module)) {
      kernels.put(k.name(), k);
      programs.put(k.name(), device.build(k.source(), ""));
    }
  }

  /**
   * Runs {@code function} with {@code inputs} (host arrays for buffers, boxed numbers for scalars,
   * in parameter order) and returns the host arrays of its results.
   */
  static List<Object> run(Device device, ModuleOp module, String function,
      Map<String, Long> symbols, Object... inputs) throws DeviceException {
    try (DeviceRun run = new DeviceRun(device, module, symbols)) {
      return run.call(module.function(function), inputs);
    }
  }

  private List<Object> call(FuncOp f, Object[] inputs) throws DeviceException {
    List<BlockArgument> params = f.body().arguments();
    if (params.size() != inputs.length) {
      throw new IllegalArgumentException(f.symbolName() + " takes " + params.size() + " inputs");
    }
    for (int i = 0; i < inputs.length; i++) {
      boolean buffer = params.get(i).type() instanceof Type.Buffer;
      values.put(params.get(i), buffer ? upload(inputs[i]) : number(inputs[i]));
    }
    List<Object> results = new ArrayList<>();
    for (Operation op : f.body().operations()) {
      switch (op) {
        case LaunchOp l -> launch(l);
        case ParallelOp p ->
            throw new IllegalStateException("a loop stayed on the CPU: " + p.attr("cpu_only"));
        case LoopMatmulOp m -> throw new IllegalStateException("a matmul stays on the CPU");
        case LoopRandomOp r -> throw new IllegalStateException("random stays on the CPU");
        case ReturnOp r -> {
          for (Value v : r.operands()) {
            results.add(download(v));
          }
        }
        default -> { } // scalar host code, evaluated when a launch needs it
      }
    }
    return results;
  }

  private void launch(LaunchOp l) throws DeviceException {
    OpenClKernel kernel = kernels.get(l.kernel());
    if (kernel == null) {
      throw new IllegalStateException("no kernel emitted for " + l.kernel());
    }
    long groups = ((Attribute.IntAttr) scalar(l.groups())).value();
    List<Value> argValues = l.arguments();
    Object[] args = new Object[argValues.size() + (kernel.traps() ? 1 : 0)];
    DeviceBuffer trap = null;
    if (kernel.traps()) {
      trap = device.allocate(Integer.BYTES);
      buffers.add(trap);
      device.upload(new int[] {0}, trap);
      args[args.length - 1] = trap;
    }
    for (int i = 0; i < argValues.size(); i++) {
      Value v = argValues.get(i);
      args[i] = switch (kernel.params().get(i)) {
        case BUFFER -> buffer(v);
        case INT -> (int) ScalarSemantics.asDouble(scalar(v));
        case LONG -> ((Attribute.IntAttr) scalar(v)).value();
        case FLOAT -> (float) ScalarSemantics.asDouble(scalar(v));
        case DOUBLE -> ScalarSemantics.asDouble(scalar(v));
      };
    }
    if (groups > 0) {
      long wg = kernel.workgroupSize();
      device.launch(programs.get(kernel.name()), kernel.name(), args, new long[] {groups * wg},
          new long[] {wg});
    }
    if (trap != null) {
      int[] flag = new int[1];
      device.download(trap, flag);
      if (flag[0] != 0) {
        throw new ArithmeticException(kernel.name() + " set its trap flag");
      }
    }
  }

  private Attribute scalar(Value v) {
    Object known = values.get(v);
    if (known != null) {
      return (Attribute) known;
    }
    Operation def = v.definingOp();
    Attribute a = switch (def) {
      case SymOp s -> Attribute.of(symbols.get(s.symbol()));
      case ConstantOp c -> c.value();
      case ArithBinaryOp b -> ScalarSemantics.binary(b.kind(), b.scalarKind(), scalar(b.operand(0)),
          scalar(b.operand(1)));
      case CastOp c -> ScalarSemantics.cast(scalar(c.operand(0)), c.kind());
      case dev.strata.ir.dialect.arith.CmpOp c -> Attribute.of(c.kind().test(
          ScalarSemantics.asDouble(scalar(c.operand(0))), ScalarSemantics.asDouble(scalar(c.operand(1)))));
      case dev.strata.ir.dialect.arith.SelectOp c ->
          ((Attribute.BoolAttr) scalar(c.operand(0))).value() ? scalar(c.operand(1)) : scalar(c.operand(2));
      case null, default ->
          throw new IllegalStateException("cannot evaluate " + v.type() + " from " + def);
    };
    values.put(v, a);
    return a;
  }

  private DeviceBuffer buffer(Value v) throws DeviceException {
    Object known = values.get(v);
    if (known != null) {
      return (DeviceBuffer) known;
    }
    if (!(v.definingOp() instanceof AllocOp alloc)) {
      throw new IllegalStateException("cannot make a buffer from " + v.definingOp());
    }
    DeviceBuffer b = upload(hostArray(alloc.bufferType()));
    values.put(v, b);
    return b;
  }

  private Object download(Value v) throws DeviceException {
    Object host = hostArray((Type.Buffer) v.type());
    device.download(buffer(v), host);
    return host;
  }

  private Object hostArray(Type.Buffer type) {
    int n = Math.toIntExact(type.numel().eval(symbols));
    return switch (type.dtype()) {
      case F32 -> new float[n];
      case F64 -> new double[n];
      case F16, BF16 -> new short[n];
      case I32 -> new int[n];
      case I8, BOOL -> new byte[n];
    };
  }

  private DeviceBuffer upload(Object array) throws DeviceException {
    int length = java.lang.reflect.Array.getLength(array);
    long bytes = switch (array) {
      case float[] a -> 4L * length;
      case double[] a -> 8L * length;
      case short[] a -> 2L * length;
      case int[] a -> 4L * length;
      default -> length;
    };
    DeviceBuffer b = device.allocate(Math.max(1, bytes));
    buffers.add(b);
    if (length > 0) {
      device.upload(array, b);
    }
    return b;
  }

  private static Attribute number(Object boxed) {
    return switch (boxed) {
      case Boolean b -> Attribute.of(b);
      case Float f -> Attribute.of((double) f);
      case Double d -> Attribute.of(d);
      case Number n -> Attribute.of(n.longValue());
      default -> throw new IllegalArgumentException("not a scalar: " + boxed);
    };
  }

  @Override
  public void close() {
    buffers.forEach(DeviceBuffer::close);
  }
}
