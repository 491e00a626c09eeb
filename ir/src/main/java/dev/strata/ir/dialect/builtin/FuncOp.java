package dev.strata.ir.dialect.builtin;

import dev.strata.ir.core.Attribute;
import dev.strata.ir.core.Block;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import java.util.List;

/**
 * {@code func.func}: a kernel. Its single block's arguments are the parameters; attributes
 * {@code sym_name} (the name) and {@code result_types} (types of what {@code func.return} gives).
 */
public final class FuncOp extends Operation implements Traits.IsolatedFromAbove {
  /** The op name. */
  public static final String NAME = "func.func";

  /** Creates the op from its state; used by the registry. */
  public FuncOp(OperationState state) {
    super(state);
  }

  /** The state of a function called {@code name} with the body {@code body}. */
  public static OperationState state(String name, List<Type> resultTypes, Block body,
      dev.strata.ir.core.Location loc) {
    return new OperationState(NAME, loc).region(body)
        .attr("sym_name", Attribute.of(name))
        .attr("result_types",
            new Attribute.ArrayAttr(resultTypes.stream().map(t -> (Attribute) new Attribute.TypeAttr(t)).toList()));
  }

  /** The function's name. */
  public String symbolName() {
    return stringAttr("sym_name");
  }

  /** The body. */
  public Block body() {
    return body(0);
  }

  /** The declared result types. */
  public List<Type> resultTypes() {
    return ((Attribute.ArrayAttr) attr("result_types")).values().stream()
        .map(a -> ((Attribute.TypeAttr) a).type()).toList();
  }

  @Override
  public String verify() {
    if (!(attr("sym_name") instanceof Attribute.StringAttr)) {
      return "func.func needs a string sym_name";
    }
    if (!(attr("result_types") instanceof Attribute.ArrayAttr)) {
      return "func.func needs result_types";
    }
    if (!(body().terminator() instanceof ReturnOp r)) {
      return "func.func body must end with func.return";
    }
    List<Type> declared = resultTypes();
    if (r.operands().size() != declared.size()) {
      return "func.return gives " + r.operands().size() + " values, function declares " + declared.size();
    }
    for (int i = 0; i < declared.size(); i++) {
      if (!r.operand(i).type().equals(declared.get(i))) {
        return "func.return operand " + i + " has type " + r.operand(i).type() + ", declared "
            + declared.get(i);
      }
    }
    return null;
  }
}
