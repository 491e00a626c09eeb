package dev.strata.ir.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An operation: a name such as {@code tensor.add}, operands, results, attributes, nested regions
 * and a source {@link Location}. Each op kind is a subclass registered by name in the
 * {@link OpRegistry}; traits are marker interfaces from {@link Traits}.
 *
 * <p><b>Mutation rule.</b> The IR is changed in place, and only through {@link OpBuilder}
 * (creation and insertion) and {@link Rewriter} (replacement, erasure, type refinement), as in
 * MLIR. Lowerings create the ops of the next level with a builder and then erase what they
 * replaced. Nothing else mutates operations.
 */
public abstract class Operation {
  private final String name;
  private Location location;
  private final List<Value> operands;
  private final List<OpResult> results;
  private final Map<String, Attribute> attributes;
  private final List<Region> regions;
  Block parent;

  /** Creates the op described by {@code state}; called by the registered factory. */
  protected Operation(OperationState state) {
    this.name = state.name;
    this.location = state.location;
    this.operands = new ArrayList<>(state.operands.size());
    this.attributes = new LinkedHashMap<>(state.attributes);
    List<OpResult> rs = new ArrayList<>(state.resultTypes.size());
    for (int i = 0; i < state.resultTypes.size(); i++) {
      rs.add(new OpResult(this, i, state.resultTypes.get(i)));
    }
    this.results = Collections.unmodifiableList(rs);
    for (int i = 0; i < state.operands.size(); i++) {
      Value v = state.operands.get(i);
      operands.add(v);
      v.uses.add(new Value.Use(this, i));
    }
    List<Region> regs = new ArrayList<>();
    for (Block b : state.regions) {
      Region r = new Region(this);
      r.addBlock(b);
      regs.add(r);
    }
    this.regions = Collections.unmodifiableList(regs);
  }

  /** The op name, {@code dialect.op}. */
  public final String name() {
    return name;
  }

  /** The dialect prefix of the name. */
  public final String dialect() {
    return name.substring(0, name.indexOf('.'));
  }

  /** Where this op came from. */
  public final Location location() {
    return location;
  }

  /** The operands. */
  public final List<Value> operands() {
    return Collections.unmodifiableList(operands);
  }

  /** Operand {@code i}. */
  public final Value operand(int i) {
    return operands.get(i);
  }

  /** The results. */
  public final List<OpResult> results() {
    return results;
  }

  /** Result {@code i}. */
  public final OpResult result(int i) {
    return results.get(i);
  }

  /** The only result; fails if there is not exactly one. */
  public final OpResult result() {
    if (results.size() != 1) {
      throw new IllegalStateException(name + " has " + results.size() + " results");
    }
    return results.getFirst();
  }

  /** The attributes, in insertion order. */
  public final Map<String, Attribute> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  /** The attribute {@code key}, or null. */
  public final Attribute attr(String key) {
    return attributes.get(key);
  }

  /** The integer attribute {@code key}; fails when absent. */
  public final long intAttr(String key) {
    return ((Attribute.IntAttr) required(key)).value();
  }

  /** The float attribute {@code key}; fails when absent. */
  public final double floatAttr(String key) {
    return ((Attribute.FloatAttr) required(key)).value();
  }

  /** The boolean attribute {@code key}; fails when absent. */
  public final boolean boolAttr(String key) {
    return ((Attribute.BoolAttr) required(key)).value();
  }

  /** The string attribute {@code key}; fails when absent. */
  public final String stringAttr(String key) {
    return ((Attribute.StringAttr) required(key)).value();
  }

  private Attribute required(String key) {
    Attribute a = attributes.get(key);
    if (a == null) {
      throw new IllegalStateException(name + " has no attribute '" + key + "'");
    }
    return a;
  }

  /** The regions. */
  public final List<Region> regions() {
    return regions;
  }

  /** The single block of region {@code i}. */
  public final Block body(int i) {
    return regions.get(i).block();
  }

  /** The block holding this op, or null when detached. */
  public final Block parentBlock() {
    return parent;
  }

  /** The op whose region holds this op, or null. */
  public final Operation parentOp() {
    return parent == null ? null : parent.parentOp();
  }

  /** The nearest enclosing op of {@code kind}, or empty. */
  public final <T extends Operation> Optional<T> ancestor(Class<T> kind) {
    for (Operation p = parentOp(); p != null; p = p.parentOp()) {
      if (kind.isInstance(p)) {
        return Optional.of(kind.cast(p));
      }
    }
    return Optional.empty();
  }

  /** Whether this op is, or is nested inside, {@code other}. */
  public final boolean isInside(Operation other) {
    for (Operation p = this; p != null; p = p.parentOp()) {
      if (p == other) {
        return true;
      }
    }
    return false;
  }

  /** Visits this op and every op nested in its regions, parents before children. */
  public final void walk(Consumer<Operation> visitor) {
    visitor.accept(this);
    for (Region r : regions) {
      for (Block b : r.blocks()) {
        for (Operation op : List.copyOf(b.operations)) {
          op.walk(visitor);
        }
      }
    }
  }

  /**
   * Checks this op's own invariants (operand and result counts and types, attributes) and
   * returns a description of the first violation, or null when the op is well formed. The
   * {@link dev.strata.ir.pass.Verifier} checks structure (dominance, terminators) itself.
   */
  public String verify() {
    return null;
  }

  /**
   * Folds this op to an existing value or a constant attribute when its operands allow, as MLIR's
   * {@code fold}: returns a {@link Value} to replace the result with, an {@link Attribute} to
   * materialise as a constant, or null when nothing folds. Only single-result ops fold.
   */
  public Object fold() {
    return null;
  }

  void setOperand(int i, Value v) {
    Value old = operands.get(i);
    old.uses.remove(new Value.Use(this, i));
    operands.set(i, v);
    v.uses.add(new Value.Use(this, i));
  }

  void setLocation(Location location) {
    this.location = location;
  }

  void putAttribute(String key, Attribute value) {
    attributes.put(key, value);
  }

  void dropOperandUses() {
    for (int i = 0; i < operands.size(); i++) {
      operands.get(i).uses.remove(new Value.Use(this, i));
    }
    for (Region r : regions) {
      for (Block b : r.blocks()) {
        for (Operation op : b.operations) {
          op.dropOperandUses();
        }
      }
    }
  }

  @Override
  public String toString() {
    return name + " " + location;
  }
}
