builtin.module() ({
  func.func() ({
  ^bb0(%a: f32, %x: tensor<f32[N]>, %y: tensor<f32[N]>):
    %0 = tensor.splat(%a) : tensor<f32[]> loc("Saxpy.java":10:18)
    %1 = tensor.mul(%x, %0) : tensor<f32[N]> loc("Saxpy.java":10:14)
    %2 = tensor.add(%1, %y) : tensor<f32[N]> loc("Saxpy.java":10:21)
    func.return(%2) loc("Saxpy.java":10:5)
  }) {sym_name = "saxpy", result_types = [type(tensor<f32[N]>)], constraints = []} loc("Saxpy.java":9:24)
})
