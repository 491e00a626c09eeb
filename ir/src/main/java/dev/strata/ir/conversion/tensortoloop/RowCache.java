package dev.strata.ir.conversion.tensortoloop;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.dialect.tensor.TensorBinaryOp;
import dev.strata.ir.dialect.tensor.TensorUnaryOp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In a row group, an expensive value that the last reduction loop computes and the final store
 * loop needs again (softmax's {@code exp(x - max)}) is written to an output row by the reduction
 * loop and read back by the store loop, which then overwrites it: one transcendental per element
 * instead of two. The output row is in cache, so this costs no memory traffic.
 *
 * @param value the tensor value to keep
 * @param buffer the output buffer that holds it until the store loop overwrites it
 */
record RowCache(Value value, Value buffer) {

  /** The value to keep for {@code reductions} (non-empty), or null when nothing is worth it. */
  static RowCache choose(List<ReduceOp> reductions, List<Value> yielded, List<Dim> domain, List<Value> buffers) {
    Value reduced = reductions.getLast().operand(0);
    Set<Value> shared = ancestors(reduced);
    for (int i = 0; i < yielded.size(); i++) {
      Value out = yielded.get(i);
      Type.Buffer buf = (Type.Buffer) buffers.get(i).type();
      if (!out.shaped().shape().equals(domain) || buf.dtype().isHalf()) {
        continue;
      }
      Set<Value> needed = ancestors(out);
      Value best = null;
      for (Value v : shared) {
        if (needed.contains(v) && v != out && v.shaped().shape().equals(domain)
            && v.shaped().dtype() == buf.dtype() && expensive(v)
            && (best == null || ancestors(v).contains(best))) {
          best = v;
        }
      }
      if (best != null) {
        return new RowCache(best, buffers.get(i));
      }
    }
    return null;
  }

  /** {@code v} and every value it is computed from inside the group, not through reductions. */
  private static Set<Value> ancestors(Value v) {
    Set<Value> out = new HashSet<>();
    collect(v, out);
    return out;
  }

  private static void collect(Value v, Set<Value> out) {
    if (!out.add(v)) {
      return;
    }
    Operation def = v.definingOp();
    if (def == null || def instanceof ReduceOp) {
      return;
    }
    for (Value o : def.operands()) {
      if (o.type() instanceof Type.Tensor) {
        collect(o, out);
      }
    }
  }

  /** Whether computing {@code v} involves a transcendental function. */
  private static boolean expensive(Value v) {
    for (Value a : ancestors(v)) {
      Operation def = a.definingOp();
      if (def instanceof TensorUnaryOp u && !u.kind().acceptsIntegers()) {
        return true;
      }
      if (def instanceof TensorBinaryOp b && b.kind() == dev.strata.ir.dialect.arith.BinaryKind.POW) {
        return true;
      }
    }
    return false;
  }
}
