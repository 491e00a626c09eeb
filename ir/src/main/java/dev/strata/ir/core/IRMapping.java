package dev.strata.ir.core;

import java.util.HashMap;
import java.util.Map;

/** A map from values to values, used when cloning or inlining IR. */
public final class IRMapping {
  private final Map<Value, Value> map = new HashMap<>();

  /** Maps {@code from} to {@code to}. */
  public IRMapping map(Value from, Value to) {
    map.put(from, to);
    return this;
  }

  /** The value {@code v} maps to, or {@code v} itself when unmapped. */
  public Value lookup(Value v) {
    return map.getOrDefault(v, v);
  }

  /** Whether {@code v} is mapped. */
  public boolean contains(Value v) {
    return map.containsKey(v);
  }
}
