// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce
// Softmax lowers to one parallel loop over rows holding two reduction loops and one store loop;
// the second reduction loop keeps exp(x - max) in the output row, so the store loop does not
// compute it again.

// CHECK-LABEL: func.func() ({
// CHECK: loop.alloc() : buffer<f32[N, D]>
// CHECK: loop.parallel(
// CHECK: loop.for(
// CHECK: arith.max(
// CHECK: loop.for(
// CHECK: math.exp(
// CHECK: loop.store(
// CHECK: arith.add(
// CHECK: loop.for(
// CHECK-NOT: math.exp
// CHECK: arith.div(
// CHECK: loop.store(
// CHECK-NOT: loop.parallel
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
