// RUN: split-reductions, fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// An argmax row is one work-group: each thread scans its strided share in increasing order,
// carrying the maximum and its index, then the pairs meet in a tree over two local buffers (value
// and index), the greater value winning, a NaN above every number, ties to the smaller index.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK: {kernel = "am_0", group = 0}
// CHECK-NOT: cpu_only
// CHECK-LABEL: gpu.func() ({
// CHECK: %scratch = gpu.local_alloc() : buffer<f32[256], local>
// CHECK-NEXT: %scratch_1 = gpu.local_alloc() : buffer<i32[256], local>
// CHECK: loop.for(
// CHECK: arith.select(
// CHECK-NEXT: arith.select(
// CHECK-NEXT: loop.yield(
// CHECK-NEXT: }) : f32, i32
// CHECK-NEXT: loop.store(
// CHECK-SAME: %scratch,
// CHECK-NEXT: loop.store(
// CHECK-SAME: %scratch_1,
// CHECK: gpu.if(
// CHECK: arith.ne(
// CHECK: arith.lt(
// CHECK-NOT: gpu.group_argmax
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %a = tensor.argmax(%x) {axes = [1], keep_dim = false} : tensor<i32[N]>
    func.return(%a)
  }) {sym_name = "am", result_types = [type(tensor<i32[N]>)]}
})

// -----

// An argmax along the first axis: one work-group per column, the same pair tree; integers need no
// NaN test.

// CHECK-LABEL: gpu.func() ({
// CHECK: %scratch = gpu.local_alloc() : buffer<i8[256], local>
// CHECK-NOT: arith.ne(
// CHECK: sym_name = "col_0"
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<i8[N, D]>):
    %a = tensor.argmax(%x) {axes = [0], keep_dim = true} : tensor<i32[1, D]>
    func.return(%a)
  }) {sym_name = "col", result_types = [type(tensor<i32[1, D]>)]}
})

// -----

// The op verifies its types and its place: every thread must reach it.

// expected-error: gpu.group_argmax takes a scalar value and an i32 index
builtin.module() ({
  gpu.func() ({
  ^bb0(%v: f32, %i: f32):
    %r, %s = gpu.group_argmax(%v, %i) : f32, f32
    gpu.return()
  }) {sym_name = "bad", workgroup_size = 256, requires = []}
})
