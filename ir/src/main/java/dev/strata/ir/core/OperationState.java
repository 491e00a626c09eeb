package dev.strata.ir.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to create an operation: the parser and the {@link OpBuilder} fill one in and
 * hand it to the op class registered for {@link #name} in the {@link OpRegistry}.
 */
public final class OperationState {
  final String name;
  final Location location;
  final List<Value> operands = new ArrayList<>();
  final List<Type> resultTypes = new ArrayList<>();
  final Map<String, Attribute> attributes = new LinkedHashMap<>();
  final List<Block> regions = new ArrayList<>();

  /** Starts a state for an op called {@code name} at {@code location}. */
  public OperationState(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  /** Adds operands. */
  public OperationState operands(List<? extends Value> values) {
    operands.addAll(values);
    return this;
  }

  /** Adds operands. */
  public OperationState operands(Value... values) {
    return operands(List.of(values));
  }

  /** Adds result types. */
  public OperationState results(List<? extends Type> types) {
    resultTypes.addAll(types);
    return this;
  }

  /** Adds result types. */
  public OperationState results(Type... types) {
    return results(List.of(types));
  }

  /** Sets an attribute. */
  public OperationState attr(String key, Attribute value) {
    attributes.put(key, value);
    return this;
  }

  /** Sets all attributes of {@code attrs}. */
  public OperationState attrs(Map<String, Attribute> attrs) {
    attributes.putAll(attrs);
    return this;
  }

  /** Adds a region whose single block is {@code body}. */
  public OperationState region(Block body) {
    regions.add(body);
    return this;
  }

  /** The op name. */
  public String name() {
    return name;
  }
}
