package dev.strata.ir.text;

/** IR text that does not parse, with the position of the problem. */
public final class ParseException extends RuntimeException {
  private final int line;
  private final int column;

  /** Creates the exception for a problem at {@code line}:{@code column} of the text. */
  public ParseException(String message, int line, int column) {
    super(line + ":" + column + ": " + message);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }
}
