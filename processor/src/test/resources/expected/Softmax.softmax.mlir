builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %0 = tensor.max(%x) {axes = [1], keep_dim = true} : tensor<f32[N, 1]> loc("Softmax.java":11:24)
    %1 = tensor.sub(%x, %0) : tensor<f32[N, D]> loc("Softmax.java":11:18)
    %e = tensor.exp(%1) : tensor<f32[N, D]> loc("Softmax.java":11:38)
    %2 = tensor.sum(%e) {axes = [1], keep_dim = true} : tensor<f32[N, 1]> loc("Softmax.java":12:20)
    %3 = tensor.div(%e, %2) : tensor<f32[N, D]> loc("Softmax.java":12:14)
    func.return(%3) loc("Softmax.java":12:5)
  }) {sym_name = "softmax", result_types = [type(tensor<f32[N, D]>)], constraints = []} loc("Softmax.java":10:24)
})
