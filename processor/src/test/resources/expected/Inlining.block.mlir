builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %w: tensor<f32[D, D]>):
    %0 = tensor.matmul(%x, %w) : tensor<f32[N, D]> loc("Inlining.java":15:20)
    %1 = tensor.relu(%0) : tensor<f32[N, D]> loc("Inlining.java":10:14)
    %2 = tensor.fill() {value = 6.0} : tensor<f32[]> loc("Inlining.java":10:29)
    %3 = tensor.minimum(%1, %2) : tensor<f32[N, D]> loc("Inlining.java":10:21)
    %4 = tensor.add(%3, %x) : tensor<f32[N, D]> loc("Inlining.java":15:31)
    func.return(%4) loc("Inlining.java":15:5)
  }) {sym_name = "block", result_types = [type(tensor<f32[N, D]>)], constraints = []} loc("Inlining.java":14:24)
})
