// Softmax over the rows of a matrix: one work-group per row, two tree reductions.
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %m = tensor.max(%x) {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
    %s = tensor.sub(%x, %m) : tensor<f32[N, D]>
    %e = tensor.exp(%s) : tensor<f32[N, D]>
    %z = tensor.sum(%e) {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
    %y = tensor.div(%e, %z) : tensor<f32[N, D]>
    func.return(%y)
  }) {sym_name = "softmax", result_types = [type(tensor<f32[N, D]>)]}
})
