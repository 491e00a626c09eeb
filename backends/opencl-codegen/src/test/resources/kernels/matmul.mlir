builtin.module() ({
  func.func() ({
  ^bb0(%a: tensor<f32[M, K]>, %b: tensor<f32[K, N]>):
    %c = tensor.matmul(%a, %b) : tensor<f32[M, N]>
    func.return(%c)
  }) {sym_name = "matmul", result_types = [type(tensor<f32[M, N]>)]}
})
