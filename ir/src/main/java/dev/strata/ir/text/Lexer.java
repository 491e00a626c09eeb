package dev.strata.ir.text;

import java.util.ArrayList;
import java.util.List;

/** Splits IR text into tokens for the {@link Parser}. Comments run from {@code //} to the line end. */
final class Lexer {
  enum Kind { VALUE, BLOCK, IDENT, INT, FLOAT, STRING, PUNCT, EOF }

  record Token(Kind kind, String text, int line, int column) {
    @Override
    public String toString() {
      return kind == Kind.EOF ? "end of input" : "'" + text + "' at " + line + ":" + column;
    }
  }

  private Lexer() {}

  static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int col = i - lineStart + 1;
      if (c == '\n') {
        line++;
        lineStart = ++i;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '%' || c == '^') {
        int j = i + 1;
        while (j < s.length() && isIdentChar(s.charAt(j))) {
          j++;
        }
        tokens.add(new Token(c == '%' ? Kind.VALUE : Kind.BLOCK, s.substring(i + 1, j), line, col));
        i = j;
      } else if (c == '"') {
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '"') {
          if (s.charAt(j) == '\\' && j + 1 < s.length()) {
            j++;
          }
          sb.append(s.charAt(j++));
        }
        if (j >= s.length()) {
          throw new ParseException("unterminated string", line, col);
        }
        tokens.add(new Token(Kind.STRING, sb.toString(), line, col));
        i = j + 1;
      } else if (Character.isDigit(c) || (c == '-' && i + 1 < s.length()
          && (Character.isDigit(s.charAt(i + 1)) || s.startsWith("inf", i + 1)))) {
        int j = i + 1;
        boolean isFloat = false;
        if (s.startsWith("inf", i + 1)) {
          j = i + 4;
          isFloat = true;
        } else {
          while (j < s.length()) {
            char d = s.charAt(j);
            if (Character.isDigit(d)) {
              j++;
            } else if (d == '.' || d == 'E' || d == 'e') {
              isFloat = true;
              j++;
              if ((d == 'E' || d == 'e') && j < s.length() && s.charAt(j) == '-') {
                j++;
              }
            } else {
              break;
            }
          }
        }
        tokens.add(new Token(isFloat ? Kind.FLOAT : Kind.INT, s.substring(i, j), line, col));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i + 1;
        while (j < s.length() && (isIdentChar(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(Kind.IDENT, s.substring(i, j), line, col));
        i = j;
      } else if ("(){}[]<>,:=*+-/".indexOf(c) >= 0) {
        tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line, col));
        i++;
      } else {
        throw new ParseException("unexpected character '" + c + "'", line, col);
      }
    }
    tokens.add(new Token(Kind.EOF, "", line, i - lineStart + 1));
    return tokens;
  }

  private static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
