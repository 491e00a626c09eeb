builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[B, H, W]>):
    %0 = tensor.dim(%x) {axis = 0} : i64 loc("Layouts.java":11:24)
    %1 = arith.constant() {value = 0} : i64 loc("Layouts.java":11:14)
    %2 = arith.ne(%0, %1) : bool loc("Layouts.java":11:14)
    loop.check(%2) {message = "reshape: cannot infer -1 in [B, -1] when the other dims multiply to 0: any size would fit"} loc("Layouts.java":11:14)
    %3 = tensor.reshape(%x) : tensor<f32[B, (H * W)]> loc("Layouts.java":11:14)
    func.return(%3) loc("Layouts.java":11:5)
  }) {sym_name = "flatten", result_types = [type(tensor<f32[B, (H * W)]>)], constraints = []} loc("Layouts.java":10:24)
})
