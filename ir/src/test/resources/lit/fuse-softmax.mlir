// RUN: fuse-groups, dce
// Softmax is one row group: both reductions and the elementwise ops around them.

// CHECK-LABEL: tensor.group(%x) ({
// CHECK: tensor.max(
// CHECK: tensor.exp(
// CHECK: tensor.sum(
// CHECK: tensor.div(
// CHECK: tensor.yield(
// CHECK: {kind = "row"}
// CHECK-NOT: tensor.group
// CHECK: func.return
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
