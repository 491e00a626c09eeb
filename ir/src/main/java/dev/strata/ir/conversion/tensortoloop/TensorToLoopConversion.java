package dev.strata.ir.conversion.tensortoloop;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.BlockArgument;
import dev.strata.ir.core.IRMapping;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.ArithBinaryOp;
import dev.strata.ir.dialect.arith.BinaryKind;
import dev.strata.ir.dialect.arith.CastOp;
import dev.strata.ir.dialect.arith.CmpKind;
import dev.strata.ir.dialect.arith.CmpOp;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.builtin.ReturnOp;
import dev.strata.ir.dialect.loop.CheckOp;
import dev.strata.ir.dialect.loop.IndexMath;
import dev.strata.ir.dialect.loop.LoadOp;
import dev.strata.ir.dialect.tensor.DimOp;
import dev.strata.ir.dialect.tensor.ExtractOp;
import dev.strata.ir.dialect.tensor.GroupOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers fused tensor functions to the loop level: tensor parameters and results become
 * buffers, each {@link GroupOp} becomes loops ({@link GroupLowering}), scalar code is kept, and
 * {@code extract}/{@code dim} read buffers and bound symbols. Builds each function anew and
 * replaces the old one.
 */
public final class TensorToLoopConversion implements Pass {
  @Override
  public String name() {
    return "convert-tensor-to-loop";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    Rewriter rewriter = new Rewriter(registry);
    for (FuncOp f : module.functions()) {
      rewriter.before(f);
      lower(f, rewriter);
      rewriter.erase(f);
    }
    return true;
  }

  private void lower(FuncOp f, Rewriter rewriter) {
    Block body = new Block();
    IRMapping map = new IRMapping();
    for (BlockArgument a : f.body().arguments()) {
      Type t = a.type() instanceof Type.Tensor tt ? new Type.Buffer(tt.dtype(), tt.shape()) : a.type();
      map.map(a, body.addArgument(t, a.nameHint()));
    }
    Rewriter b = new Rewriter(rewriter.registry());
    b.atEnd(body);
    IndexMath index = new IndexMath(new Rewriter(rewriter.registry()).atStart(body), f.location());
    List<Type> resultTypes = new ArrayList<>();
    for (Operation op : f.body().operations()) {
      switch (op) {
        case GroupOp g -> {
          List<Value> ins = g.operands().stream().map(map::lookup).toList();
          List<Value> outs = new GroupLowering(b, index, g, ins).lower();
          for (int i = 0; i < outs.size(); i++) {
            map.map(g.result(i), outs.get(i));
          }
        }
        case ExtractOp e -> map.map(e.result(), extract(e, map, index, b));
        case DimOp d -> map.map(d.result(), CastOp.create(b, d.location(),
            index.dim(d.operand(0).shaped().dim(d.axis())), ScalarKind.I64));
        case ReturnOp r -> {
          List<Value> vals = r.operands().stream().map(map::lookup).toList();
          vals.forEach(v -> resultTypes.add(v.type()));
          b.create(new OperationState(ReturnOp.NAME, r.location()).operands(vals));
        }
        case CheckOp c -> b.clone(c, map);
        default -> {
          if (op.dialect().equals("arith") || op.dialect().equals("math")) {
            b.clone(op, map);
          }
          // Views and constants left at the top level only feed shapes (tensor.dim): nothing to emit.
        }
      }
    }
    Operation lowered = rewriter.create(FuncOp.state(f.symbolName(), resultTypes, body, f.location()));
    for (var e : f.attributes().entrySet()) {
      if (!e.getKey().equals("sym_name") && !e.getKey().equals("result_types")) {
        rewriter.setAttr(lowered, e.getKey(), e.getValue());
      }
    }
  }

  private static Value extract(ExtractOp e, IRMapping map, IndexMath index, Rewriter b) {
    Value buf = map.lookup(e.operand(0));
    Type.Buffer t = (Type.Buffer) buf.type();
    List<Value> idx = new ArrayList<>();
    if (e.operands().size() == 1) {
      Value n = index.dim(t.numel());
      CheckOp.create(b, e.location(), CmpOp.create(b, e.location(), CmpKind.EQ, n, index.constant(1)),
          "item: the tensor must have exactly one element, shape " + Type.formatShape(t.shape()));
      for (int i = 0; i < t.rank(); i++) {
        idx.add(index.constant(0));
      }
    } else {
      for (int i = 1; i < e.operands().size(); i++) {
        Value raw = map.lookup(e.operand(i));
        Value k = CastOp.create(b, e.location(), raw, ScalarKind.INDEX);
        Value size = index.dim(t.dim(i - 1));
        Value lowOk = CmpOp.create(b, e.location(), CmpKind.GE, raw,
            CastOp.create(b, e.location(), index.constant(0), ((Type.Scalar) raw.type()).kind()));
        Value highOk = CmpOp.create(b, e.location(), CmpKind.LT, k, size);
        CheckOp.createIndexCheck(b, e.location(), ArithBinaryOp.create(b, e.location(), BinaryKind.AND, lowOk, highOk),
            "get: index " + (i - 1) + " is out of bounds for shape " + Type.formatShape(t.shape()));
        idx.add(k);
      }
    }
    Value v = LoadOp.create(b, e.location(), buf, index.linearize(b, idx, t.shape()));
    return CastOp.create(b, e.location(), v, ScalarKind.F64);
  }
}
