// RUN: cse, dce
// Repeated pure ops merge; unused ones go.

// CHECK-LABEL: func.func
// CHECK: tensor.exp(%x)
// CHECK-NOT: tensor.exp
// CHECK: tensor.add(
// CHECK-NOT: tensor.neg
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N]>):
    %a = tensor.exp(%x) : tensor<f32[N]>
    %b = tensor.exp(%x) : tensor<f32[N]>
    %unused = tensor.neg(%x) : tensor<f32[N]>
    %c = tensor.add(%a, %b) : tensor<f32[N]>
    func.return(%c)
  }) {sym_name = "cse", result_types = [type(tensor<f32[N]>)]}
})
