package tests;

import dev.strata.DType;
import dev.strata.Kernel;
import dev.strata.Shape;
import dev.strata.Tensor;

public final class Layouts {
  @Kernel
  public static Tensor flatten(@Shape({"B", "H", "W"}) Tensor x) {
    return x.reshape(x.dim(0), -1);
  }

  @Kernel
  public static Tensor scores(@Shape({"B", "T", "D"}) Tensor q, @Shape({"B", "S", "D"}) Tensor k) {
    double scale = 1.0 / Math.sqrt(q.dim(-1));
    return q.matmul(k.transpose(-2, -1)).mul(scale);
  }

  @Kernel
  public static Tensor misc(@Shape({"N", "4"}) Tensor x) {
    Tensor head = x.slice(1, 0, 2);
    Tensor mask = head.gt(0.5);
    Tensor picked = Tensor.where(mask, head, Tensor.zeros(DType.F32, 1));
    Tensor idx = picked.argmax(-1, false).to(DType.F32).unsqueeze(1);
    Tensor noise = Tensor.rand(42, DType.F32, 1, 2).add(Tensor.randn(7, DType.F32, 2));
    Tensor full = Tensor.full(DType.F32, x.get(0, 1), 1, 2).add(Tensor.ones(DType.F32, 2));
    Tensor row = Tensor.arange(DType.F32, 2).unsqueeze(0).broadcastTo(x.dim(0), 2);
    Tensor total = picked.add(idx).add(noise).add(full).add(row);
    double n = total.numel() + total.rank() + total.sum().item();
    return total.t().t().mul(n).add(Tensor.scalar(DType.F32, 1.5)).unsqueeze(-1).squeeze(-1);
  }
}
