builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %gamma: tensor<f32[D]>, %beta: tensor<f32[D]>):
    %mean = tensor.mean(%x) {axes = [1], keep_dim = true} : tensor<f32[N, 1]> loc("LayerNorm.java":13:21)
    %centered = tensor.sub(%x, %mean) : tensor<f32[N, D]> loc("LayerNorm.java":14:25)
    %0 = tensor.square(%centered) : tensor<f32[N, D]> loc("LayerNorm.java":15:32)
    %variance = tensor.mean(%0) {axes = [1], keep_dim = true} : tensor<f32[N, 1]> loc("LayerNorm.java":15:41)
    %1 = tensor.fill() {value = 1.0E-5} : tensor<f32[]> loc("LayerNorm.java":16:38)
    %2 = tensor.add(%variance, %1) : tensor<f32[N, 1]> loc("LayerNorm.java":16:34)
    %3 = tensor.rsqrt(%2) : tensor<f32[N, 1]> loc("LayerNorm.java":16:43)
    %4 = tensor.mul(%centered, %3) : tensor<f32[N, D]> loc("LayerNorm.java":16:21)
    %5 = tensor.mul(%4, %gamma) : tensor<f32[N, D]> loc("LayerNorm.java":16:52)
    %6 = tensor.add(%5, %beta) : tensor<f32[N, D]> loc("LayerNorm.java":16:63)
    func.return(%6) loc("LayerNorm.java":16:5)
  }) {sym_name = "layerNorm", result_types = [type(tensor<f32[N, D]>)], constraints = []} loc("LayerNorm.java":11:24)
})
