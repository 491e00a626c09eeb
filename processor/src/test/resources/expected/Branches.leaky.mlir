builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N]>, %slope: f32):
    %0 = arith.constant() {value = 0.0} : f32 loc("Branches.java":13:9)
    %1 = arith.gt(%slope, %0) : bool loc("Branches.java":13:9)
    %2 = tensor.splat(%slope) : tensor<f32[]> loc("Branches.java":14:27)
    %3 = tensor.mul(%x, %2) : tensor<f32[N]> loc("Branches.java":14:23)
    %y = tensor.maximum(%x, %3) : tensor<f32[N]> loc("Branches.java":14:13)
    %y_1 = tensor.relu(%x) : tensor<f32[N]> loc("Branches.java":16:13)
    %4 = arith.select(%1, %y, %y_1) : tensor<f32[N]> loc("Branches.java":13:5)
    func.return(%4) loc("Branches.java":18:5)
  }) {sym_name = "leaky", result_types = [type(tensor<f32[N]>)], constraints = []} loc("Branches.java":11:24)
})
