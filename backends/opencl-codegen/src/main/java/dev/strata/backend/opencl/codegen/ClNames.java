package dev.strata.backend.opencl.codegen;

import dev.strata.ir.core.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The C name or expression of every IR value in one kernel. Names come from the IR's name hints
 * where there are some, made into valid identifiers that shadow no keyword or built-in function,
 * and unique within the kernel; values without a hint get a prefix and a number.
 */
final class ClNames {
  private static final Set<String> RESERVED = Set.of(
      // C99 and OpenCL C keywords and types
      "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
      "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
      "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
      "union", "unsigned", "void", "volatile", "while", "bool", "true", "false", "uchar", "ushort",
      "uint", "ulong", "half", "size_t", "ptrdiff_t", "intptr_t", "uintptr_t", "global", "local",
      "constant", "private", "kernel", "read_only", "write_only", "read_write", "sampler_t",
      "event_t", "image1d_t", "image2d_t", "image3d_t", "uniform", "pipe",
      // built-in functions and macros a kernel body may call or name
      "barrier", "exp", "log", "sqrt", "rsqrt", "tanh", "sin", "cos", "tan", "floor", "ceil", "erf",
      "pow", "fmod", "fabs", "abs", "max", "min", "fmax", "fmin", "isnan", "isinf", "signbit",
      "clamp", "mix", "select", "sign", "round", "rint", "trunc", "mad", "fma", "exp2", "log2",
      "printf", "NAN", "INFINITY", "MAXFLOAT", "HUGE_VALF", "HUGE_VAL");
  private static final Pattern RESERVED_PREFIX = Pattern.compile(
      "^(strata_|get_|as_|convert_|vload|vstore|atomic|async_|CLK_|FLT_|DBL_|CHAR_|INT_|LONG_"
          + "|M_).*");
  private static final Pattern VECTOR_TYPE = Pattern.compile(
      "^(char|uchar|short|ushort|int|uint|long|ulong|float|double|half|bool)(2|3|4|8|16)$");

  private final Map<Value, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> counters = new HashMap<>();

  /** Declares a new variable for {@code v}, named after its hint or else {@code prefix}. */
  String declare(Value v, String prefix) {
    String name = fresh(v.nameHint(), prefix);
    names.put(v, name);
    return name;
  }

  /** Declares a new variable for {@code v}, named after its hint or else after {@code hint}. */
  String declareNamed(Value v, String hint) {
    String name = fresh(v.nameHint() != null ? v.nameHint() : hint, "v");
    names.put(v, name);
    return name;
  }

  /** Makes {@code v} stand for an existing expression (a literal, an accumulator). */
  void bind(Value v, String expression) {
    names.put(v, expression);
  }

  /** A new unique identifier built from {@code hint}, or from {@code prefix} when it has none. */
  String fresh(String hint, String prefix) {
    String base = sanitize(hint);
    if (base == null) {
      String name;
      do {
        int n = counters.merge(prefix, 1, Integer::sum) - 1;
        name = prefix + n;
      } while (!available(name));
      taken.add(name);
      return name;
    }
    String name = base;
    for (int n = 1; !available(name); n++) {
      name = base + "_" + n;
    }
    taken.add(name);
    return name;
  }

  /** The C expression of {@code v}. */
  String of(Value v) {
    String n = names.get(v);
    if (n == null) {
      throw new IllegalStateException(
          "a value of type " + v.type() + " is used before its definition");
    }
    return n;
  }

  private boolean available(String name) {
    return !taken.contains(name) && !isReserved(name);
  }

  static boolean isReserved(String name) {
    return RESERVED.contains(name) || RESERVED_PREFIX.matcher(name).matches()
        || VECTOR_TYPE.matcher(name).matches();
  }

  /**
   * {@code hint} as a C identifier that starts with a letter and is not reserved, or null if
   * nothing is left of it.
   */
  static String sanitize(String hint) {
    if (hint == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (char c : hint.toCharArray()) {
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
      s.append(ok ? c : '_');
    }
    String name = s.toString().replaceAll("_{2,}", "_").replaceAll("^_+", "");
    if (name.isEmpty()) {
      return null;
    }
    if (Character.isDigit(name.charAt(0))) {
      return "v" + name;
    }
    return isReserved(name) ? "v_" + name : name;
  }
}
