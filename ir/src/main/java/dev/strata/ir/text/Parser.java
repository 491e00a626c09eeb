package dev.strata.ir.text;

import dev.strata.DType;
import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.text.Lexer.Kind;
import dev.strata.ir.text.Lexer.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the text form written by {@link Printer} back into IR. */
public final class Parser {
  private final List<Token> tokens;
  private final OpRegistry registry;
  private final Deque<Map<String, Value>> scopes = new ArrayDeque<>();
  private int pos;

  private Parser(String text, OpRegistry registry) {
    this.tokens = Lexer.tokenize(text);
    this.registry = registry;
  }

  /** Parses one top-level operation (usually a module) from {@code text}. */
  public static Operation parse(String text, OpRegistry registry) {
    Parser p = new Parser(text, registry);
    p.scopes.push(new HashMap<>());
    Operation op = p.operation(null);
    p.expect(Kind.EOF, null);
    return op;
  }

  /** Parses a type such as {@code tensor<f32[N, 3]>}. */
  public static Type parseType(String text) {
    Parser p = new Parser(text, new OpRegistry());
    Type t = p.type();
    p.expect(Kind.EOF, null);
    return t;
  }

  /** Parses a dim such as {@code N}, {@code 3} or {@code (N * D)}. */
  public static Dim parseDim(String text) {
    Parser p = new Parser(text, new OpRegistry());
    Dim d = p.dim();
    p.expect(Kind.EOF, null);
    return d;
  }

  private Operation operation(Block into) {
    List<String> resultNames = new ArrayList<>();
    if (peek().kind() == Kind.VALUE) {
      resultNames.add(next().text());
      while (accept(",")) {
        resultNames.add(expect(Kind.VALUE, null).text());
      }
      expect(Kind.PUNCT, "=");
    }
    Token nameTok = expect(Kind.IDENT, null);
    if (!registry.contains(nameTok.text())) {
      throw error("unknown op '" + nameTok.text() + "'", nameTok);
    }
    List<Value> operands = new ArrayList<>();
    expect(Kind.PUNCT, "(");
    if (!accept(")")) {
      do {
        operands.add(valueUse());
      } while (accept(","));
      expect(Kind.PUNCT, ")");
    }
    List<Block> regions = new ArrayList<>();
    if (accept("(")) {
      do {
        regions.add(region());
      } while (accept(","));
      expect(Kind.PUNCT, ")");
    }
    Map<String, Attribute> attrs = new java.util.LinkedHashMap<>();
    if (accept("{")) {
      if (!accept("}")) {
        do {
          String key = expect(Kind.IDENT, null).text();
          expect(Kind.PUNCT, "=");
          attrs.put(key, attribute());
        } while (accept(","));
        expect(Kind.PUNCT, "}");
      }
    }
    List<Type> types = new ArrayList<>();
    if (accept(":")) {
      do {
        types.add(type());
      } while (accept(","));
    }
    Location loc = Location.UNKNOWN;
    if (peek().kind() == Kind.IDENT && peek().text().equals("loc")) {
      next();
      expect(Kind.PUNCT, "(");
      String file = expect(Kind.STRING, null).text();
      expect(Kind.PUNCT, ":");
      int line = Integer.parseInt(expect(Kind.INT, null).text());
      expect(Kind.PUNCT, ":");
      int col = Integer.parseInt(expect(Kind.INT, null).text());
      expect(Kind.PUNCT, ")");
      loc = new Location(file, line, col);
    }
    if (types.size() != resultNames.size()) {
      throw error(nameTok.text() + " names " + resultNames.size() + " results but has "
          + types.size() + " result types", nameTok);
    }
    OperationState state = new OperationState(nameTok.text(), loc)
        .operands(operands).results(types).attrs(attrs);
    regions.forEach(state::region);
    Operation op = registry.create(state);
    for (int i = 0; i < resultNames.size(); i++) {
      define(resultNames.get(i), op.result(i), nameTok);
    }
    if (into != null) {
      into.append(op);
    }
    return op;
  }

  private Block region() {
    expect(Kind.PUNCT, "{");
    Block block = new Block();
    scopes.push(new HashMap<>());
    if (peek().kind() == Kind.BLOCK) {
      next();
      expect(Kind.PUNCT, "(");
      if (!accept(")")) {
        do {
          Token n = expect(Kind.VALUE, null);
          expect(Kind.PUNCT, ":");
          Type t = type();
          define(n.text(), block.addArgument(t, hintOf(n.text())), n);
        } while (accept(","));
        expect(Kind.PUNCT, ")");
      }
      expect(Kind.PUNCT, ":");
    }
    while (!accept("}")) {
      operation(block);
    }
    scopes.pop();
    return block;
  }

  private void define(String name, Value v, Token at) {
    for (Map<String, Value> scope : scopes) {
      if (scope.containsKey(name)) {
        throw error("%" + name + " is defined twice", at);
      }
    }
    scopes.peek().put(name, v);
    if (v.nameHint() == null) {
      v.setNameHint(hintOf(name));
    }
  }

  private static String hintOf(String name) {
    return Character.isDigit(name.charAt(0)) ? null : name.replaceFirst("_[0-9]+$", "");
  }

  private Value valueUse() {
    Token t = expect(Kind.VALUE, null);
    for (Map<String, Value> scope : scopes) {
      Value v = scope.get(t.text());
      if (v != null) {
        return v;
      }
    }
    throw error("use of undefined value %" + t.text(), t);
  }

  private Attribute attribute() {
    Token t = next();
    return switch (t.kind()) {
      case INT -> Attribute.of(Long.parseLong(t.text()));
      case FLOAT -> Attribute.of(parseDouble(t.text()));
      case STRING -> Attribute.of(t.text());
      case IDENT -> switch (t.text()) {
        case "true" -> Attribute.of(true);
        case "false" -> Attribute.of(false);
        case "nan", "inf" -> Attribute.of(parseDouble(t.text()));
        case "type" -> {
          expect(Kind.PUNCT, "(");
          Type ty = type();
          expect(Kind.PUNCT, ")");
          yield new Attribute.TypeAttr(ty);
        }
        case "dim" -> {
          expect(Kind.PUNCT, "(");
          Dim d = dim();
          expect(Kind.PUNCT, ")");
          yield new Attribute.DimAttr(d);
        }
        default -> throw error("unexpected attribute " + t.text(), t);
      };
      case PUNCT -> {
        if (!t.text().equals("[")) {
          throw error("unexpected attribute " + t, t);
        }
        List<Attribute> items = new ArrayList<>();
        if (!accept("]")) {
          do {
            items.add(attribute());
          } while (accept(","));
          expect(Kind.PUNCT, "]");
        }
        yield new Attribute.ArrayAttr(items);
      }
      default -> throw error("unexpected attribute " + t, t);
    };
  }

  private static double parseDouble(String s) {
    return switch (s) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  private Type type() {
    Token t = expect(Kind.IDENT, null);
    if (t.text().equals("tensor") || t.text().equals("buffer")) {
      expect(Kind.PUNCT, "<");
      Token dt = expect(Kind.IDENT, null);
      DType dtype;
      try {
        dtype = DType.fromIrName(dt.text());
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage(), dt);
      }
      expect(Kind.PUNCT, "[");
      List<Dim> dims = new ArrayList<>();
      if (!accept("]")) {
        do {
          dims.add(dim());
        } while (accept(","));
        expect(Kind.PUNCT, "]");
      }
      Type.MemorySpace space = Type.MemorySpace.GLOBAL;
      if (t.text().equals("buffer") && accept(",")) {
        Token s = expect(Kind.IDENT, null);
        space = java.util.Arrays.stream(Type.MemorySpace.values()).filter(m -> m.irName().equals(s.text()))
            .findFirst().orElseThrow(() -> error("unknown memory space " + s.text(), s));
      }
      expect(Kind.PUNCT, ">");
      return t.text().equals("tensor") ? new Type.Tensor(dtype, dims) : new Type.Buffer(dtype, dims, space);
    }
    ScalarKind k = ScalarKind.fromIrName(t.text());
    if (k == null) {
      throw error("unknown type " + t.text(), t);
    }
    return Type.scalar(k);
  }

  private Dim dim() {
    Token t = next();
    if (t.kind() == Kind.INT) {
      return Dim.of(Long.parseLong(t.text()));
    }
    if (t.kind() == Kind.IDENT && List.of("min", "max", "bcast").contains(t.text())
        && peek().text().equals("(")) {
      next();
      Dim a = dim();
      expect(Kind.PUNCT, ",");
      Dim b = dim();
      expect(Kind.PUNCT, ")");
      Dim.Op op = switch (t.text()) {
        case "min" -> Dim.Op.MIN;
        case "max" -> Dim.Op.MAX;
        default -> Dim.Op.BCAST;
      };
      return new Dim.Expr(op, a, b);
    }
    if (t.kind() == Kind.IDENT) {
      return Dim.sym(t.text());
    }
    if (t.text().equals("(")) {
      Dim a = dim();
      Token op = next();
      Dim.Op o = switch (op.text()) {
        case "+" -> Dim.Op.ADD;
        case "-" -> Dim.Op.SUB;
        case "*" -> Dim.Op.MUL;
        case "/" -> Dim.Op.DIV;
        default -> throw error("unexpected dim operator " + op, op);
      };
      Dim b = dim();
      expect(Kind.PUNCT, ")");
      return new Dim.Expr(o, a, b);
    }
    throw error("unexpected " + t + " in a shape", t);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private boolean accept(String punct) {
    if (peek().kind() == Kind.PUNCT && peek().text().equals(punct)) {
      pos++;
      return true;
    }
    return false;
  }

  private Token expect(Kind kind, String text) {
    Token t = peek();
    if (t.kind() != kind || (text != null && !t.text().equals(text))) {
      throw error("expected " + (text != null ? "'" + text + "'" : kind.name().toLowerCase())
          + " but found " + t, t);
    }
    pos++;
    return t;
  }

  private static ParseException error(String message, Token at) {
    return new ParseException(message, at.line(), at.column());
  }
}
