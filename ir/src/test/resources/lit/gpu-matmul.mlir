// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// A matmul becomes one kernel of 128x128 output tiles over (M/128) x (N/128) work-groups. Each
// k step copies an A and a B tile into local memory (zeros past the edges), then every thread
// accumulates its 8x8 outputs in registers (64 carried values) with fma, and stores the ones
// inside the matrix. The host computes the grid and keeps loop.matmul as the fallback.

// CHECK-LABEL: func.func
// CHECK: %M = loop.sym() {name = "M"} : index
// CHECK: arith.div(
// CHECK: gpu.launch(%6, %M, %N, %K, %a, %b, %c) ({
// CHECK-NEXT: loop.matmul(%a, %b, %c) {transpose_a = false, transpose_b = false}
// CHECK-NEXT: loop.yield()
// CHECK-NEXT: }) {kernel = "mm_0", group = 0}
// CHECK-LABEL: gpu.func() ({
// CHECK-NEXT: ^bb0(%M_1: index, %N_1: index, %K_1: index, %a_1: buffer<f32[M, K]>, %b_1: buffer<f32[K, N]>, %c_1: buffer<f32[M, N]>):
// CHECK-NEXT: %tile_a = gpu.local_alloc() : buffer<f32[8, 132], local>
// CHECK-NEXT: %tile_b = gpu.local_alloc() : buffer<f32[8, 128], local>
// CHECK: gpu.local_id()
// CHECK: gpu.group_id()
// CHECK: %acc_63: f32):
// CHECK: arith.and(
// CHECK: arith.select(
// CHECK: loop.load(%a_1,
// CHECK: loop.store(
// CHECK-SAME: %tile_a,
// CHECK: loop.load(%b_1,
// CHECK: loop.store(
// CHECK-SAME: %tile_b,
// CHECK: gpu.barrier() {fence = "local"}
// CHECK: loop.load(%tile_a,
// CHECK: loop.load(%tile_b,
// CHECK: arith.fma(
// CHECK: gpu.barrier() {fence = "local"}
// CHECK: gpu.if(
// CHECK: loop.store(%42, %c_1,
// CHECK: gpu.return()
// CHECK-NEXT: }) {sym_name = "mm_0", workgroup_size = 256, requires = []}
builtin.module() ({
  func.func() ({
  ^bb0(%a: tensor<f32[M, K]>, %b: tensor<f32[K, N]>):
    %c = tensor.matmul(%a, %b) : tensor<f32[M, N]>
    func.return(%c)
  }) {sym_name = "mm", result_types = [type(tensor<f32[M, N]>)]}
})

// -----
// A batch of F64 matrices times one transposed weight: the weight broadcasts over the batch, its
// tile is read along k (contiguous in the transposed layout), and the kernel needs fp64.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK: loop.matmul(%x, %w, %y) {transpose_a = false, transpose_b = true}
// CHECK-LABEL: gpu.func() ({
// CHECK: gpu.local_alloc() : buffer<f64[8, 132], local>
// CHECK: arith.fma(
// CHECK-SAME: : f64
// CHECK: requires = ["fp64"]}
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f64[B, T, D]>, %w: tensor<f64[E, D]>):
    %wt = tensor.transpose(%w) {perm = [1, 0]} : tensor<f64[D, E]>
    %y = tensor.matmul(%x, %wt) : tensor<f64[B, T, E]>
    func.return(%y)
  }) {sym_name = "project", result_types = [type(tensor<f64[B, T, E]>)]}
})

// -----
// I8 products accumulate in wrapping i32 (mul and add, no fma) and narrow once.

// CHECK-LABEL: gpu.func() ({
// CHECK: gpu.local_alloc() : buffer<i32[8, 132], local>
// CHECK: loop.load(%a_1,
// CHECK-NEXT: arith.cast(
// CHECK-SAME: : i32
// CHECK: arith.add(%acc_64,
// CHECK-SAME: : i32
// CHECK: arith.cast(%42) : i8
// CHECK-NOT: arith.fma
builtin.module() ({
  func.func() ({
  ^bb0(%a: tensor<i8[M, K]>, %b: tensor<i8[K, N]>):
    %c = tensor.matmul(%a, %b) : tensor<i8[M, N]>
    func.return(%c)
  }) {sym_name = "mm8", result_types = [type(tensor<i8[M, N]>)]}
})

// -----
// Batch dims that broadcast at run time (B against C, the result's bcast(B, C)): the kernel takes
// both operands' batch dims too, and an operand whose batch dim is 1 at run time reads matrix 0
// (a select on the batch index).

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK-SAME: %B, %C, %a, %b, %c) ({
// CHECK: {kernel = "odd_0", group = 0}
// CHECK-LABEL: gpu.func() ({
// CHECK-NEXT: %B_1: index, %C_1: index, %a_1: buffer<f32[B, M, K]>, %b_1: buffer<f32[C, K, N]>
// CHECK: arith.eq(%B_1,
// CHECK: arith.select(
// CHECK: arith.eq(%C_1,
// CHECK: arith.select(
// CHECK: sym_name = "odd_0", workgroup_size = 256, requires = []}
// CHECK-NOT: cpu_only
builtin.module() ({
  func.func() ({
  ^bb0(%a: tensor<f32[B, M, K]>, %b: tensor<f32[C, K, N]>):
    %c = tensor.matmul(%a, %b) : tensor<f32[bcast(B, C), M, N]>
    func.return(%c)
  }) {sym_name = "odd", result_types = [type(tensor<f32[bcast(B, C), M, N]>)]}
})
