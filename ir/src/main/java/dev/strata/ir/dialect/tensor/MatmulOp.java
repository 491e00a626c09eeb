package dev.strata.ir.dialect.tensor;

import dev.strata.DType;
import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Traits;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;

/** {@code tensor.matmul(%a, %b)}, with {@code numpy.matmul} semantics. */
public final class MatmulOp extends Operation implements Traits.Pure, InferTypeOp {
  /** The op name. */
  public static final String NAME = "tensor.matmul";

  /** Creates the op from its state; used by the registry. */
  public MatmulOp(OperationState state) {
    super(state);
  }

  /** Creates {@code a.matmul(b)}. */
  public static MatmulOp create(OpBuilder b, Location loc, Value x, Value y, Type resultType) {
    return b.create(MatmulOp.class, new OperationState(NAME, loc).operands(x, y).results(resultType));
  }

  @Override
  public Inferred infer() {
    Type.Tensor a = Shapes.tensor(operand(0).type());
    Type.Tensor b = Shapes.tensor(operand(1).type());
    if (a == null || b == null) {
      return Inferred.error(Message.RANK_MISMATCH, "matmul", "operands must be tensors");
    }
    if (a.dtype() != b.dtype()) {
      return Inferred.error(Message.DTYPE_MISMATCH, "matmul", a.dtype(), b.dtype());
    }
    if (a.dtype() == DType.BOOL) {
      return Inferred.error(Message.DTYPE_UNSUPPORTED, "matmul", a.dtype());
    }
    if (a.rank() == 0 || b.rank() == 0) {
      return Inferred.error(Message.RANK_MISMATCH, "matmul", "operands must have rank >= 1, got "
          + Type.formatShape(a.shape()) + " and " + Type.formatShape(b.shape()));
    }
    List<Dim> as = new ArrayList<>(a.shape());
    List<Dim> bs = new ArrayList<>(b.shape());
    boolean vecA = as.size() == 1;
    boolean vecB = bs.size() == 1;
    if (vecA) {
      as.addFirst(Dim.of(1));
    }
    if (vecB) {
      bs.add(Dim.of(1));
    }
    Dim k1 = as.getLast();
    Dim k2 = bs.get(bs.size() - 2);
    List<Inferred.Constraint> constraints = new ArrayList<>();
    if (!k1.equals(k2)) {
      if (k1.isConst() && k2.isConst()) {
        return Inferred.error(Message.MATMUL_MISMATCH, Type.formatShape(a.shape()), k1,
            Type.formatShape(b.shape()), k2);
      }
      constraints.add(new Inferred.Constraint(k1, k2));
    }
    List<Dim> batch = Shapes.broadcastAtRunTime(as.subList(0, as.size() - 2), bs.subList(0, bs.size() - 2),
        constraints);
    if (batch == null) {
      return Inferred.error(Message.SHAPE_MISMATCH, "matmul (batch dims)", Type.formatShape(a.shape()),
          Type.formatShape(b.shape()));
    }
    List<Dim> out = new ArrayList<>(batch);
    if (!vecA) {
      out.add(as.get(as.size() - 2));
    }
    if (!vecB) {
      out.add(bs.getLast());
    }
    return Inferred.of(new Type.Tensor(a.dtype(), out), constraints);
  }
}
