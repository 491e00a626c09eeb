// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce
// A matmul reads its transposed operand through strides; the bias and activation after it are one
// elementwise loop; a reduction of the first axis is a parallel loop over the kept elements.

// CHECK-LABEL: func.func
// CHECK: {transpose_a = false, transpose_b = true}
// CHECK: loop.parallel(
// CHECK: math.tanh(
// CHECK: loop.store(
// CHECK: loop.parallel(
// CHECK: loop.for(
// CHECK: arith.add(
// CHECK-NOT: loop.matmul
// CHECK: func.return
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, K]>, %w: tensor<f32[M, K]>, %b: tensor<f32[M]>):
    %wt = tensor.transpose(%w) {perm = [1, 0]} : tensor<f32[K, M]>
    %h = tensor.matmul(%x, %wt) : tensor<f32[N, M]>
    %hb = tensor.add(%h, %b) : tensor<f32[N, M]>
    %a = tensor.tanh(%hb) : tensor<f32[N, M]>
    %s = tensor.sum(%a) {axes = [0], keep_dim = false} : tensor<f32[M]>
    func.return(%s)
  }) {sym_name = "layer", result_types = [type(tensor<f32[M]>)]}
})
