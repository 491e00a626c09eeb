package dev.strata.ir.core;

/**
 * Where an operation came from in the user's source: a file name, a 1-based line and a 1-based
 * column. Every operation carries one, so a failure deep in a lowering still points at the
 * user's line.
 *
 * @param file the source file name (no directories), or {@code "?"} when unknown
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) {
  /** The location of IR that has no source, such as IR built by hand in a test. */
  public static final Location UNKNOWN = new Location("?", 0, 0);

  /** Whether this names a real source position. */
  public boolean isKnown() {
    return line > 0;
  }

  @Override
  public String toString() {
    return "loc(\"" + file + "\":" + line + ":" + column + ")";
  }
}
