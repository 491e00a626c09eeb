// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// Softmax becomes one kernel with one work-group per row: the two reductions are split across
// the 256 threads and finished by trees in local memory, the scaling loop is split the same way,
// and the host keeps the row loop as the fallback of the launch.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(%N, %D, %x, %y) ({
// CHECK-NEXT: loop.parallel(
// CHECK: {kernel = "softmax_0", group = 0}
// CHECK-LABEL: gpu.func() ({
// CHECK-NEXT: ^bb0(%D_1: index, %x_1: buffer<f32[N, D]>, %y_1: buffer<f32[N, D]>):
// CHECK-NEXT: %scratch = gpu.local_alloc() : buffer<f32[256], local>
// CHECK: %20 = gpu.local_id() {dim = 0} : index
// CHECK: gpu.group_id() {dim = 0} : index
// CHECK: loop.for(
// CHECK: arith.max(
// CHECK: loop.store(%28, %scratch_1, %20)
// CHECK-NEXT: gpu.barrier() {fence = "local"}
// CHECK: gpu.if(
// CHECK: math.exp(
// CHECK: loop.store(%90, %y_1, %87)
// CHECK: gpu.barrier() {fence = "global"}
// CHECK: arith.div(
// CHECK: gpu.barrier() {fence = "global"}
// CHECK-NEXT: gpu.return()
// CHECK-NEXT: }) {sym_name = "softmax_0", workgroup_size = 256, requires = []}
// CHECK-NOT: gpu.group_reduce
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
