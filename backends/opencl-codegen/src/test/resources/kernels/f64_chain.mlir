// A double-precision chain ending in a float: needs fp64, and Java's max and pow on doubles.
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f64[N]>, %y: tensor<f64[N]>):
    %a = tensor.maximum(%x, %y) : tensor<f64[N]>
    %b = tensor.exp(%a) : tensor<f64[N]>
    %c = tensor.pow(%b, %y) : tensor<f64[N]>
    %d = tensor.cast(%c) {dtype = "f32"} : tensor<f32[N]>
    func.return(%d)
  }) {sym_name = "f64_chain", result_types = [type(tensor<f32[N]>)]}
})
