// Layer normalisation over the rows of a matrix: mean, centred square mean, rsqrt, then scale by
// gamma and shift by beta.
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %gamma: tensor<f32[D]>, %beta: tensor<f32[D]>):
    %mu = tensor.mean(%x) {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
    %xc = tensor.sub(%x, %mu) : tensor<f32[N, D]>
    %sq = tensor.square(%xc) : tensor<f32[N, D]>
    %var = tensor.mean(%sq) {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
    %eps = tensor.fill() {value = 1.0E-5} : tensor<f32[]>
    %ve = tensor.add(%var, %eps) : tensor<f32[N, 1]>
    %inv = tensor.rsqrt(%ve) : tensor<f32[N, 1]>
    %xn = tensor.mul(%xc, %inv) : tensor<f32[N, D]>
    %g = tensor.mul(%xn, %gamma) : tensor<f32[N, D]>
    %y = tensor.add(%g, %beta) : tensor<f32[N, D]>
    func.return(%y)
  }) {sym_name = "layernorm", result_types = [type(tensor<f32[N, D]>)]}
})
