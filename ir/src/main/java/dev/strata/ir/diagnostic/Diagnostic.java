package dev.strata.ir.diagnostic;

import dev.strata.ir.core.Location;

/**
 * One error found while compiling a kernel: its catalogue entry, the formatted text and where in
 * the user's source it is.
 *
 * @param message the catalogue entry
 * @param text the formatted message, starting with the entry's id
 * @param location the source position
 */
public record Diagnostic(Message message, String text, Location location) {
  @Override
  public String toString() {
    return location.file() + ":" + location.line() + ":" + location.column() + ": " + text;
  }
}
