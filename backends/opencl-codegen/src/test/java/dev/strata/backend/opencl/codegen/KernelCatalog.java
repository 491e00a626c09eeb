package dev.strata.backend.opencl.codegen;

import dev.strata.DType;
import dev.strata.ir.dialect.arith.UnaryKind;
import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A broad set of modules at the gpu stage, each named: every unary and binary op that reaches a
 * GPU on every dtype it applies to, comparisons, selects, casts between all dtypes (which load and
 * store every dtype), row reductions, and hand-written kernels with awkward constants. Tensor-level
 * ops go through the whole pipeline; ops the tensor level lacks are written as loops.
 */
final class KernelCatalog {
  private static final List<String> FLOATS = List.of("f32", "f64");
  private static final List<String> ALL_DTYPES =
      List.of("f32", "f64", "f16", "bf16", "i32", "i8", "bool");

  private KernelCatalog() {}

  /** Every module of the catalogue, by name, lowered lazily. */
  static Map<String, Supplier<ModuleOp>> modules() {
    Map<String, Supplier<ModuleOp>> out = new LinkedHashMap<>();
    for (UnaryKind k : UnaryKind.values()) {
      if (k == UnaryKind.NOT) {
        out.put("not_bool", () -> loops("bool", "bool", "%r = math.not(%x) : bool"));
        continue;
      }
      if (k == UnaryKind.FLOOR || k == UnaryKind.CEIL) {
        for (String t : FLOATS) {
          String body = "%r = math." + k.opName() + "(%x) : " + t;
          out.put(k.opName() + "_" + t, () -> loops(t, t, body));
        }
        continue;
      }
      List<String> dtypes = new ArrayList<>(List.of("f32", "f64", "f16", "bf16"));
      if (k.acceptsIntegers()) {
        dtypes.addAll(List.of("i32", "i8"));
      }
      for (String t : dtypes) {
        out.put(k.opName() + "_" + t, () -> Pipelines.fromTensors(unary(k.opName(), t)));
      }
    }
    for (String op : List.of("add", "sub", "mul", "div", "pow", "maximum", "minimum")) {
      for (String t : List.of("f32", "f64", "f16", "bf16", "i32", "i8")) {
        boolean integer = t.startsWith("i");
        if (integer && (op.equals("div") || op.equals("pow"))) {
          continue; // integer division and pow stay on the CPU
        }
        out.put(op + "_" + t, () -> Pipelines.fromTensors(binary(op, t, t)));
      }
    }
    for (String t : List.of("f32", "f64")) {
      out.put("rem_" + t, () -> loops(t, t, "%r = arith.rem(%x, %y) : " + t));
    }
    for (String op : List.of("and", "or", "xor")) {
      for (String t : List.of("i32", "i8", "bool")) {
        out.put(op + "_" + t, () -> loops(t, t, "%r = arith." + op + "(%x, %y) : " + t));
      }
      out.put(op + "_i64", () -> loops("i32", "i32", """
          %x64 = arith.cast(%x) : i64
          %y64 = arith.cast(%y) : i64
          %r64 = arith.OP(%x64, %y64) : i64
          %r = arith.cast(%r64) : i32""".replace("OP", op)));
    }
    out.put("i64_arithmetic", () -> loops("f32", "f64", """
        %x64 = arith.cast(%x) : i64
        %y64 = arith.cast(%y) : i64
        %s = arith.add(%x64, %y64) : i64
        %d = arith.sub(%s, %y64) : i64
        %p = arith.mul(%d, %x64) : i64
        %m = arith.max(%p, %y64) : i64
        %n = math.neg(%m) : i64
        %ab = math.abs(%n) : i64
        %q = math.square(%ab) : i64
        %u = math.relu(%q) : i64
        %r = arith.cast(%u) : f64"""));
    for (String cmp : List.of("lt", "le", "gt", "ge", "eq", "ne")) {
      for (String t : List.of("f32", "f64", "i32", "i8", "bf16")) {
        out.put(cmp + "_" + t, () -> Pipelines.fromTensors(binary(cmp, t, "bool")));
      }
      out.put(cmp + "_bool", () -> loops("bool", "bool", "%r = arith." + cmp + "(%x, %y) : bool"));
    }
    for (String t : List.of("f32", "f64", "f16", "i8", "bool")) {
      out.put("where_" + t, () -> Pipelines.fromTensors(where(t)));
    }
    for (String from : ALL_DTYPES) {
      for (String to : ALL_DTYPES) {
        if (!from.equals(to)) {
          out.put("cast_" + from + "_" + to, () -> Pipelines.fromTensors(cast(from, to)));
        }
      }
    }
    for (String reduce : List.of("sum", "max", "min", "mean")) {
      for (String t : List.of("f32", "f64", "i32", "f16")) {
        if (!(reduce.equals("mean") && t.equals("i32"))) {
          out.put("reduce_" + reduce + "_" + t,
              () -> Pipelines.fromTensors(rowReduction(reduce, t)));
        }
      }
    }
    out.put("constants", () -> Pipelines.parse(CONSTANTS));
    out.put("scalar_params", () -> Pipelines.parse(SCALAR_PARAMS));
    out.put("fibonacci", () -> Pipelines.parse(FIBONACCI));
    out.put("ids_and_barriers", () -> Pipelines.parse(IDS_AND_BARRIERS));
    for (String name : List.of("softmax", "layernorm", "gelu", "f64_chain")) {
      out.put(name, () -> Pipelines.fromTensors(resource(name)));
    }
    return out;
  }

  /** {@code y = op(x)} over a matrix of {@code dtype}. */
  static String unary(String op, String dtype) {
    return function(op, "%x: tensor<" + dtype + "[N, D]>",
        "%y = tensor." + op + "(%x) : tensor<" + dtype + "[N, D]>", dtype);
  }

  /** {@code z = x op y} over matrices. */
  static String binary(String op, String dtype, String result) {
    return function(op, "%x: tensor<" + dtype + "[N, D]>, %w: tensor<" + dtype + "[N, D]>",
        "%y = tensor." + op + "(%x, %w) : tensor<" + result + "[N, D]>", result);
  }

  static String where(String dtype) {
    String matrix = "tensor<" + dtype + "[N, D]>";
    return function("where", "%c: tensor<bool[N, D]>, %x: " + matrix + ", %w: " + matrix,
        "%y = tensor.where(%c, %x, %w) : " + matrix, dtype);
  }

  static String cast(String from, String to) {
    return function("cast", "%x: tensor<" + from + "[N, D]>",
        "%y = tensor.cast(%x) {dtype = \"" + to + "\"} : tensor<" + to + "[N, D]>", to);
  }

  static String rowReduction(String reduce, String dtype) {
    return """
        builtin.module() ({
          func.func() ({
          ^bb0(%%x: tensor<%2$s[N, D]>):
            %%y = tensor.%1$s(%%x) {axes = [1], keep_dim = false} : tensor<%2$s[N]>
            func.return(%%y)
          }) {sym_name = "reduce", result_types = [type(tensor<%2$s[N]>)]}
        })
        """.formatted(reduce, dtype);
  }

  private static String function(String name, String params, String body, String resultDtype) {
    return """
        builtin.module() ({
          func.func() ({
          ^bb0(%s):
            %s
            func.return(%%y)
          }) {sym_name = "%s", result_types = [type(tensor<%s[N, D]>)]}
        })
        """.formatted(params, body, name, resultDtype);
  }

  /** A loop-level module through the gpu pipeline, see {@link #rowLoop}. */
  private static ModuleOp loops(String in, String out, String body) {
    return Pipelines.fromLoops(rowLoop(in, out, body));
  }

  /**
   * A loop-level function mapping buffers {@code a} and {@code b} of {@code in} elementwise to
   * {@code out}: {@code body} sees the loaded {@code %x} and {@code %y} and defines {@code %r}.
   */
  static String rowLoop(String in, String out, String body) {
    String loaded = DType.valueOf(in.toUpperCase(Locale.ROOT)).isHalf() ? "f32" : in;
    return """
        builtin.module() ({
          func.func() ({
          ^bb0(%%a: buffer<%1$s[N, D]>, %%b: buffer<%1$s[N, D]>):
            %%N = loop.sym() {name = "N"} : index
            %%D = loop.sym() {name = "D"} : index
            %%c0 = arith.constant() {value = 0} : index
            %%out = loop.alloc() : buffer<%2$s[N, D]>
            loop.parallel(%%c0, %%N, %%D) ({
            ^bb0(%%row: index):
              %%base = arith.mul(%%row, %%D) : index
              loop.for(%%c0, %%D) ({
              ^bb0(%%j: index):
                %%at = arith.add(%%base, %%j) : index
                %%x = loop.load(%%a, %%at) : %3$s
                %%y = loop.load(%%b, %%at) : %3$s
                %4$s
                loop.store(%%r, %%out, %%at)
                loop.yield()
              })
              loop.yield()
            }) {grain = 32768}
            func.return(%%out)
          }) {sym_name = "rows", result_types = [type(buffer<%2$s[N, D]>)]}
        })
        """.formatted(in, out, loaded, body.indent(8).strip());
  }

  private static String resource(String name) {
    try {
      return GoldenKernelsTest.resource("/kernels/" + name + ".mlir");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Literals C must parse as the right type and value: NaN, infinities, the most negative ints. */
  static final String CONSTANTS = """
      builtin.module() ({
        gpu.func() ({
        ^bb0(%f: buffer<f32[8]>, %d: buffer<f64[8]>, %i: buffer<i32[8]>, %b: buffer<i8[8]>):
          %c0 = arith.constant() {value = 0} : index
          %c1 = arith.constant() {value = 1} : index
          %c2 = arith.constant() {value = 2} : index
          %nan = arith.constant() {value = nan} : f32
          %ninf = arith.constant() {value = -inf} : f32
          %dnan = arith.constant() {value = nan} : f64
          %dinf = arith.constant() {value = inf} : f64
          %dneg = arith.constant() {value = -2.5} : f64
          %imin = arith.constant() {value = -2147483648} : i32
          %lmin = arith.constant() {value = -9223372036854775808} : i64
          %bmin = arith.constant() {value = -128} : i8
          %fneg = arith.constant() {value = -0.0} : f32
          %fm = arith.max(%nan, %ninf) : f32
          %fn = math.neg(%fneg) : f32
          %fs = arith.add(%fm, %fn) : f32
          loop.store(%fs, %f, %c0)
          %dm = arith.min(%dnan, %dinf) : f64
          %dn = arith.mul(%dm, %dneg) : f64
          loop.store(%dn, %d, %c0)
          %in = math.neg(%imin) : i32
          loop.store(%in, %i, %c0)
          %lc = arith.cast(%lmin) : i32
          %ls = arith.sub(%lmin, %lmin) : i64
          %lsc = arith.cast(%ls) : i32
          %la = arith.add(%lc, %lsc) : i32
          loop.store(%la, %i, %c1)
          %bn = math.abs(%bmin) : i8
          loop.store(%bn, %b, %c0)
          %bs = arith.sub(%bmin, %bn) : i8
          loop.store(%bs, %b, %c2)
          gpu.return()
        }) {sym_name = "constants_0", workgroup_size = 256, requires = ["fp64"]}
      })
      """;

  /** Scalar parameters of every kind: index, i32, i8, bool, i64, f32, f64. */
  static final String SCALAR_PARAMS = """
      builtin.module() ({
        gpu.func() ({
        ^bb0(%out: buffer<f64[4]>, %n: index, %k: i32, %small: i8, %flag: bool, %big: i64,
            %s: f32, %t: f64):
          %c0 = arith.constant() {value = 0} : index
          %lid = gpu.local_id() {dim = 0} : index
          %first = arith.eq(%lid, %c0) : bool
          gpu.if(%first) ({
            %a = arith.cast(%n) : i32
            %b = arith.add(%a, %k) : i32
            %c = arith.cast(%small) : i32
            %d = arith.mul(%b, %c) : i32
            %e = arith.select(%flag, %d, %k) : i32
            %f = arith.cast(%e) : i64
            %g = arith.add(%f, %big) : i64
            %h = arith.cast(%g) : f64
            %p = arith.cast(%s) : f64
            %q = arith.add(%h, %p) : f64
            %r = arith.add(%q, %t) : f64
            loop.store(%r, %out, %c0)
            loop.yield()
          })
          gpu.return()
        }) {sym_name = "scalar_params_0", workgroup_size = 256, requires = ["fp64"]}
      })
      """;

  /** A loop carrying two values that swap roles each iteration, with wrapping i32 adds. */
  static final String FIBONACCI = """
      builtin.module() ({
        gpu.func() ({
        ^bb0(%out: buffer<i32[2]>, %n: index):
          %c0 = arith.constant() {value = 0} : index
          %c1 = arith.constant() {value = 1} : index
          %zero = arith.constant() {value = 0} : i32
          %one = arith.constant() {value = 1} : i32
          %lid = gpu.local_id() {dim = 0} : index
          %first = arith.eq(%lid, %c0) : bool
          gpu.if(%first) ({
            %a, %b = loop.for(%c0, %n, %zero, %one) ({
            ^bb0(%i: index, %x: i32, %y: i32):
              %z = arith.add(%x, %y) : i32
              loop.yield(%y, %z)
            }) : i32, i32
            loop.store(%a, %out, %c0)
            loop.store(%b, %out, %c1)
            loop.yield()
          })
          gpu.return()
        }) {sym_name = "fibonacci_0", workgroup_size = 256, requires = []}
      })
      """;

  /** Every id, both barriers, and a bool reduction through local memory. */
  static final String IDS_AND_BARRIERS = """
      builtin.module() ({
        gpu.func() ({
        ^bb0(%out: buffer<i32[N]>, %flags: buffer<bool[N]>):
          %scratch = gpu.local_alloc() : buffer<bool[256], local>
          %lid = gpu.local_id() {dim = 0} : index
          %group = gpu.group_id() {dim = 0} : index
          %size = gpu.local_size() {dim = 0} : index
          %groups = gpu.num_groups() {dim = 0} : index
          %base = arith.mul(%group, %size) : index
          %at = arith.add(%base, %lid) : index
          %flag = loop.load(%flags, %at) : bool
          loop.store(%flag, %scratch, %lid)
          gpu.barrier() {fence = "local"}
          %c0 = arith.constant() {value = 0} : index
          %f0 = loop.load(%scratch, %c0) : bool
          %any = arith.or(%f0, %flag) : bool
          %v = arith.cast(%any) : i32
          %g = arith.cast(%groups) : i32
          %r = arith.add(%v, %g) : i32
          loop.store(%r, %out, %at)
          gpu.barrier() {fence = "global"}
          gpu.return()
        }) {sym_name = "ids_0", workgroup_size = 256, requires = []}
      })
      """;
}
