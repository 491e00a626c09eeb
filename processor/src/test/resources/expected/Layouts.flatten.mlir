builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[B, H, W]>):
    %0 = tensor.dim(%x) {axis = 0} : i64 loc("Layouts.java":11:24)
    %1 = tensor.reshape(%x) : tensor<f32[B, (H * W)]> loc("Layouts.java":11:14)
    func.return(%1) loc("Layouts.java":11:5)
  }) {sym_name = "flatten", result_types = [type(tensor<f32[B, (H * W)]>)], constraints = []} loc("Layouts.java":10:24)
})
