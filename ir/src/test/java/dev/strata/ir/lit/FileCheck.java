package dev.strata.ir.lit;

import java.util.ArrayList;
import java.util.List;

/**
 * A small FileCheck: matches {@code CHECK}, {@code CHECK-NEXT}, {@code CHECK-SAME} (on the line
 * of the previous match), {@code CHECK-NOT} and {@code CHECK-LABEL} lines against output, in
 * order, by substring.
 */
final class FileCheck {
  private FileCheck() {}

  /** Returns null when {@code output} satisfies the checks, else a description of the failure. */
  static String check(List<String> checks, String output) {
    String[] lines = output.split("\n");
    int pos = 0;
    int lastMatch = -1;
    List<String> pendingNot = new ArrayList<>();
    for (String c : checks) {
      String kind = c.substring(0, c.indexOf(':')).trim();
      String pattern = c.substring(c.indexOf(':') + 1).trim();
      switch (kind) {
        case "CHECK-NOT" -> pendingNot.add(pattern);
        case "CHECK-NEXT" -> {
          int next = lastMatch + 1;
          if (next >= lines.length || !lines[next].contains(pattern)) {
            return "CHECK-NEXT: '" + pattern + "' is not on the line after the previous match (line "
                + (next + 1) + ": '" + (next < lines.length ? lines[next].trim() : "<eof>") + "')";
          }
          lastMatch = next;
          pos = next + 1;
        }
        case "CHECK-SAME" -> {
          if (lastMatch < 0 || !lines[lastMatch].contains(pattern)) {
            return "CHECK-SAME: '" + pattern + "' is not on the line of the previous match (line "
                + (lastMatch + 1) + ")";
          }
        }
        case "CHECK", "CHECK-LABEL" -> {
          int found = -1;
          for (int i = pos; i < lines.length; i++) {
            if (lines[i].contains(pattern)) {
              found = i;
              break;
            }
          }
          if (found < 0) {
            return kind + ": '" + pattern + "' not found after line " + pos;
          }
          for (String not : pendingNot) {
            for (int i = pos; i < found; i++) {
              if (lines[i].contains(not)) {
                return "CHECK-NOT: '" + not + "' found on line " + (i + 1);
              }
            }
          }
          pendingNot.clear();
          lastMatch = found;
          pos = found + 1;
        }
        default -> throw new IllegalArgumentException("unknown check " + kind);
      }
    }
    for (String not : pendingNot) {
      for (int i = pos; i < lines.length; i++) {
        if (lines[i].contains(not)) {
          return "CHECK-NOT: '" + not + "' found on line " + (i + 1);
        }
      }
    }
    return null;
  }
}
