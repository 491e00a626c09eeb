// RUN: split-reductions, fuse-groups, dce
// A full sum of a matrix becomes a per-row sum (a parallel row group) and a sum of the row sums.

// CHECK-LABEL: func.func
// CHECK: tensor.sum(%x_1) {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
// CHECK: {kind = "row"}
// CHECK: tensor.sum(%2) {axes = [0, 1], keep_dim = false} : tensor<f32[]>
// CHECK: {kind = "reduce"}
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %s = tensor.sum(%x) {axes = [0, 1], keep_dim = false} : tensor<f32[]>
    func.return(%s)
  }) {sym_name = "total", result_types = [type(tensor<f32[]>)]}
})

// -----
// argmax and reductions that keep the last axis are left alone.

// CHECK-LABEL: func.func
// CHECK: tensor.max(%x_1) {axes = [0], keep_dim = false}
// CHECK-NOT: keep_dim = true
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %m = tensor.max(%x) {axes = [0], keep_dim = false} : tensor<f32[D]>
    func.return(%m)
  }) {sym_name = "columns", result_types = [type(tensor<f32[D]>)]}
})

// -----
// A BF16 sum keeps its row sums in F32 and rounds to BF16 once, as the reference does.

// CHECK-LABEL: func.func
// CHECK: tensor.cast(%x_1) {dtype = "f32"} : tensor<f32[N, D]>
// CHECK: {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
// CHECK: {axes = [0, 1], keep_dim = false} : tensor<f32[]>
// CHECK: {dtype = "bf16"} : tensor<bf16[]>
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<bf16[N, D]>):
    %s = tensor.sum(%x) {axes = [0, 1], keep_dim = false} : tensor<bf16[]>
    func.return(%s)
  }) {sym_name = "total16", result_types = [type(tensor<bf16[]>)]}
})
