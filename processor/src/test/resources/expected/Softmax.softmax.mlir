builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %0 = tensor.dim(%x) {axis = 1} : i64 loc("Softmax.java":11:24)
    %1 = arith.constant() {value = 0} : i64 loc("Softmax.java":11:24)
    %2 = arith.ne(%0, %1) : bool loc("Softmax.java":11:24)
    loop.check(%2) {message = "max: cannot reduce over axis 1 of size 0 in shape [N, D]"} loc("Softmax.java":11:24)
    %3 = tensor.max(%x) {axes = [1], keep_dim = true} : tensor<f32[N, 1]> loc("Softmax.java":11:24)
    %4 = tensor.sub(%x, %3) : tensor<f32[N, D]> loc("Softmax.java":11:18)
    %e = tensor.exp(%4) : tensor<f32[N, D]> loc("Softmax.java":11:38)
    %5 = tensor.sum(%e) {axes = [1], keep_dim = true} : tensor<f32[N, 1]> loc("Softmax.java":12:20)
    %6 = tensor.div(%e, %5) : tensor<f32[N, D]> loc("Softmax.java":12:14)
    func.return(%6) loc("Softmax.java":12:5)
  }) {sym_name = "softmax", result_types = [type(tensor<f32[N, D]>)], constraints = []} loc("Softmax.java":10:24)
})
