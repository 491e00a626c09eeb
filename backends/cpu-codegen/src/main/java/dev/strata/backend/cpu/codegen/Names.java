package dev.strata.backend.cpu.codegen;

import dev.strata.ir.core.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The Java expression standing for each IR value in one generated method. */
final class Names {
  private final Map<Value, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private int next;

  /** Binds {@code v} to an existing Java expression (a parameter, a symbol). */
  void bind(Value v, String java) {
    names.put(v, java);
    taken.add(java);
  }

  /** A fresh local name for {@code v}, built from its hint. */
  String fresh(Value v, String prefix) {
    String n = fresh(prefix);
    names.put(v, n);
    return n;
  }

  /** A fresh local name. */
  String fresh(String prefix) {
    String n;
    do {
      n = prefix + next++;
    } while (taken.contains(n));
    taken.add(n);
    return n;
  }

  /** Marks a name as used. */
  void reserve(String name) {
    taken.add(name);
  }

  /** The Java expression of {@code v}. */
  String of(Value v) {
    String n = names.get(v);
    if (n == null) {
      throw new IllegalStateException("no Java name for a value of type " + v.type());
    }
    return n;
  }

  /** Whether {@code v} has a name. */
  boolean has(Value v) {
    return names.containsKey(v);
  }
}
