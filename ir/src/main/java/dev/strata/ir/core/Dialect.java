package dev.strata.ir.core;

/** A named group of ops, such as {@code tensor} or {@code loop}. */
public interface Dialect {
  /** The prefix of the dialect's op names. */
  String name();

  /** Registers the dialect's ops. */
  void registerOps(OpRegistry registry);
}
