package dev.strata.backend.opencl.codegen;

/**
 * Writes C-like source text line by line with two-space indentation: {@link #open} starts a
 * braced block after a header such as {@code for (...)}, {@link #close} ends it.
 */
final class SourceBuilder {
  private static final String INDENT = "  ";

  private final StringBuilder text = new StringBuilder();
  private int depth;

  /** Appends one line at the current indentation. */
  SourceBuilder line(String line) {
    text.append(INDENT.repeat(depth)).append(line).append('\n');
    return this;
  }

  /** Appends an empty line. */
  SourceBuilder blank() {
    text.append('\n');
    return this;
  }

  /** Appends every line of {@code block} (text written elsewhere) at the current indentation. */
  SourceBuilder lines(String block) {
    block.lines().forEach(l -> {
      if (l.isEmpty()) {
        blank();
      } else {
        line(l);
      }
    });
    return this;
  }

  /** Appends {@code header {} and indents what follows. */
  SourceBuilder open(String header) {
    line(header + " {");
    depth++;
    return this;
  }

  /** Ends the innermost block opened with {@link #open}. */
  SourceBuilder close() {
    if (depth == 0) {
      throw new IllegalStateException("close() without a matching open()");
    }
    depth--;
    return line("}");
  }

  /** The text written so far; every block must be closed. */
  String build() {
    if (depth != 0) {
      throw new IllegalStateException(depth + " block(s) left open");
    }
    return text.toString();
  }
}
