// RUN: split-reductions, fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// A full sum runs as two kernels: per-row sums (one work-group per row), then the sum of the row
// sums in one work-group. The second stage's loop over the kept axis of size 1 runs once, so
// canonicalize inlines it, and the loop left is an innermost reduction the threads can split.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK: {kernel = "total_0", group = 0}
// CHECK: gpu.launch(
// CHECK-NEXT: loop.parallel(
// CHECK: {kernel = "total_1", group = 1}
// CHECK-NOT: cpu_only
// CHECK-LABEL: gpu.func() ({
// CHECK: sym_name = "total_0"
// CHECK-LABEL: gpu.func() ({
// CHECK: loop.for(
// CHECK: loop.load(
// CHECK: arith.add(
// CHECK: sym_name = "total_1"
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %s = tensor.sum(%x) {axes = [0, 1], keep_dim = false} : tensor<f32[]>
    func.return(%s)
  }) {sym_name = "total", result_types = [type(tensor<f32[]>)]}
})
// -----
// RUN: split-reductions, fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// A full reduction of rank 3: the row results are flattened, so the second stage is one
// innermost reduction and runs on the device too (nested loops over B and N would not).

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK: {kernel = "total3_0", group = 0}
// CHECK: gpu.launch(
// CHECK: {kernel = "total3_1", group = 1}
// CHECK-NOT: cpu_only
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[B, N, D]>):
    %s = tensor.mean(%x) {axes = [0, 1, 2], keep_dim = true} : tensor<f32[1, 1, 1]>
    func.return(%s)
  }) {sym_name = "total3", result_types = [type(tensor<f32[1, 1, 1]>)]}
})
