package dev.strata.ir.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps op names to the classes that implement them, so that builders and the parser create the
 * right {@link Operation} subclass. Dialects register themselves through {@link Dialect}.
 */
public final class OpRegistry {
  private final Map<String, Function<OperationState, Operation>> factories =
      new LinkedHashMap<>();

  /** Registers {@code factory} for ops named {@code name}. */
  public void register(String name, Function<OperationState, Operation> factory) {
    if (factories.putIfAbsent(name, factory) != null) {
      throw new IllegalStateException("op " + name + " registered twice");
    }
  }

  /** Registers every op of {@code dialect}. */
  public OpRegistry add(Dialect dialect) {
    dialect.registerOps(this);
    return this;
  }

  /** Whether an op called {@code name} is known. */
  public boolean contains(String name) {
    return factories.containsKey(name);
  }

  /** All registered op names. */
  public Set<String> names() {
    return factories.keySet();
  }

  /** Creates the op described by {@code state}. */
  public Operation create(OperationState state) {
    Function<OperationState, Operation> f = factories.get(state.name);
    if (f == null) {
      throw new IllegalArgumentException("unknown op '" + state.name + "'");
    }
    return f.apply(state);
  }
}
