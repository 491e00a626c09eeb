package dev.strata.ir.text;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Region;
import dev.strata.ir.core.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints IR in Strata's generic text form, which {@link Parser} reads back:
 *
 * <pre>
 * %r = tensor.add(%x, %y) {k = 1} : tensor&lt;f32[N, D]&gt; loc("Nn.java":12:5)
 * %s = loop.for(%lo, %hi, %init) ({
 * ^bb0(%i: index, %acc: f32):
 *   ...
 * }) : f32
 * </pre>
 *
 * Values print under their name hints (Java variable names) when they have one, made unique
 * with a numeric suffix, and as {@code %0}, {@code %1}, ... otherwise.
 */
public final class Printer {
  private final StringBuilder out = new StringBuilder();
  private final Map<Value, String> names = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private int nextNumber;

  private Printer() {}

  /** Prints {@code op} and everything nested in it. */
  public static String print(Operation op) {
    Printer p = new Printer();
    p.printOp(op, 0);
    return p.out.toString();
  }

  private void printOp(Operation op, int indent) {
    indent(indent);
    if (!op.results().isEmpty()) {
      out.append(op.results().stream().map(this::define).collect(Collectors.joining(", ")));
      out.append(" = ");
    }
    out.append(op.name()).append('(');
    out.append(op.operands().stream().map(this::use).collect(Collectors.joining(", ")));
    out.append(')');
    if (!op.regions().isEmpty()) {
      out.append(" (");
      List<Region> regions = op.regions();
      for (int i = 0; i < regions.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        printRegion(regions.get(i), indent);
      }
      out.append(')');
    }
    if (!op.attributes().isEmpty()) {
      out.append(" {");
      boolean first = true;
      for (Map.Entry<String, Attribute> e : op.attributes().entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(e.getKey()).append(" = ").append(e.getValue());
      }
      out.append('}');
    }
    if (!op.results().isEmpty()) {
      out.append(" : ");
      out.append(op.results().stream().map(r -> r.type().toString())
          .collect(Collectors.joining(", ")));
    }
    if (op.location().isKnown()) {
      out.append(' ').append(op.location());
    }
    out.append('\n');
  }

  private void printRegion(Region region, int indent) {
    out.append("{\n");
    Block b = region.block();
    if (!b.arguments().isEmpty()) {
      indent(indent);
      out.append("^bb0(");
      List<BlockArgument> args = b.arguments();
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(define(args.get(i))).append(": ").append(args.get(i).type());
      }
      out.append("):\n");
    }
    for (Operation op : b.operations()) {
      printOp(op, indent + 1);
    }
    indent(indent);
    out.append('}');
  }

  private String define(Value v) {
    String hint = v.nameHint();
    String name;
    if (hint != null && isIdentifier(hint)) {
      name = hint;
      for (int i = 1; used.contains(name); i++) {
        name = hint + "_" + i;
      }
    } else {
      do {
        name = Integer.toString(nextNumber++);
      } while (used.contains(name));
    }
    used.add(name);
    String spelled = "%" + name;
    names.put(v, spelled);
    return spelled;
  }

  private String use(Value v) {
    String n = names.get(v);
    return n != null ? n : "%<<undefined:" + v.type() + ">>";
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private void indent(int n) {
    out.append("  ".repeat(n));
  }
}
