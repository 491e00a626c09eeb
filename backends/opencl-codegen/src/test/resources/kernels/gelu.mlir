// GELU (tanh approximation) over a vector: one work-group per tile of elements.
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N]>):
    %y = tensor.gelu(%x) : tensor<f32[N]>
    func.return(%y)
  }) {sym_name = "gelu", result_types = [type(tensor<f32[N]>)]}
})
