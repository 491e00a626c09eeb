builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N]>):
    %acc = tensor.fill() {value = 0.0} : tensor<f32[]> loc("Loops.java":11:25)
    %0 = tensor.mul(%acc, %x) : tensor<f32[N]> loc("Loops.java":13:17)
    %1 = tensor.fill() {value = 4.0} : tensor<f32[]> loc("Loops.java":13:28)
    %acc_1 = tensor.add(%0, %1) : tensor<f32[N]> loc("Loops.java":13:24)
    %2 = tensor.mul(%acc_1, %x) : tensor<f32[N]> loc("Loops.java":13:17)
    %3 = tensor.fill() {value = 3.0} : tensor<f32[]> loc("Loops.java":13:28)
    %acc_2 = tensor.add(%2, %3) : tensor<f32[N]> loc("Loops.java":13:24)
    %4 = tensor.mul(%acc_2, %x) : tensor<f32[N]> loc("Loops.java":13:17)
    %5 = tensor.fill() {value = 2.0} : tensor<f32[]> loc("Loops.java":13:28)
    %acc_3 = tensor.add(%4, %5) : tensor<f32[N]> loc("Loops.java":13:24)
    %6 = tensor.mul(%acc_3, %x) : tensor<f32[N]> loc("Loops.java":13:17)
    %7 = tensor.fill() {value = 1.0} : tensor<f32[]> loc("Loops.java":13:28)
    %acc_4 = tensor.add(%6, %7) : tensor<f32[N]> loc("Loops.java":13:24)
    func.return(%acc_4) loc("Loops.java":15:5)
  }) {sym_name = "horner", result_types = [type(tensor<f32[N]>)], constraints = []} loc("Loops.java":10:24)
})
