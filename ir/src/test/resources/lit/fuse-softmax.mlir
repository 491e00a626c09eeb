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

// -----
// A view of a row value that is both read inside the row group and left at the top level must
// not be ordered before the group that defines what it reads.

// CHECK-LABEL: tensor.group(%x) ({
// CHECK: tensor.argmax(
// CHECK: tensor.reshape(
// CHECK: {kind = "row"}
// CHECK: func.return
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, 2]>):
    %a = tensor.argmax(%x) {axes = [1], keep_dim = false} : tensor<i32[N]>
    %c = tensor.cast(%a) {dtype = "f32"} : tensor<f32[N]>
    %r = tensor.reshape(%c) : tensor<f32[N, 1]>
    %s = tensor.add(%x, %r) : tensor<f32[N, 2]>
    %d = tensor.dim(%r) {axis = 0} : i64
    func.return(%s)
  }) {sym_name = "argmaxView", result_types = [type(tensor<f32[N, 2]>)]}
})

// -----
// A row value broadcast onto the last axis (sum without keep_dim, on a square shape) reads other
// rows' values: it must not join the row group that computes the sums one row at a time.

// CHECK-LABEL: func.func
// CHECK: tensor.sum(
// CHECK: {kind = "row"}
// CHECK: tensor.sub(
// CHECK: {kind = "elementwise"}
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, N]>):
    %s = tensor.sum(%x) {axes = [1], keep_dim = false} : tensor<f32[N]>
    %d = tensor.sub(%x, %s) : tensor<f32[N, N]>
    func.return(%d)
  }) {sym_name = "squareBroadcast", result_types = [type(tensor<f32[N, N]>)]}
})
