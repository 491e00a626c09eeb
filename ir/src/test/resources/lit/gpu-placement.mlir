// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// An elementwise chain becomes a kernel over tiles (one work-group per tile, each thread taking
// every 256th element); a matmul becomes a tiled kernel; an integer division stays on the CPU,
// saying why; and an F64 kernel records that it needs fp64.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK-NEXT: loop.matmul(
// CHECK: {kernel = "mixed_0", group = 0}
// CHECK: gpu.launch(
// CHECK: {kernel = "mixed_1", group = 1}
// CHECK: loop.parallel(
// CHECK: arith.div(
// CHECK: {grain = 32768, cpu_only = "integer div (Java throws on division by zero)", group = 2}
// CHECK: gpu.launch(
// CHECK: {kernel = "mixed_3", group = 3}
// CHECK-LABEL: gpu.func() ({
// CHECK: arith.fma(
// CHECK: sym_name = "mixed_0", workgroup_size = 256, requires = []
// CHECK-LABEL: gpu.func() ({
// CHECK: math.tanh(
// CHECK: sym_name = "mixed_1", workgroup_size = 256, requires = []
// CHECK-LABEL: gpu.func() ({
// CHECK: math.exp(
// CHECK: sym_name = "mixed_3", workgroup_size = 256, requires = ["fp64"]
// CHECK-NOT: gpu.func
builtin.module() ({
  func.func() ({
  ^bb0(%a: tensor<f32[N, K]>, %b: tensor<f32[K, M]>, %i: tensor<i32[N]>, %j: tensor<i32[N]>, %d: tensor<f64[N]>):
    %h = tensor.matmul(%a, %b) : tensor<f32[N, M]>
    %t = tensor.tanh(%h) : tensor<f32[N, M]>
    %q = tensor.div(%i, %j) : tensor<i32[N]>
    %e = tensor.exp(%d) : tensor<f64[N]>
    func.return(%t, %q, %e)
  }) {sym_name = "mixed", result_types = [type(tensor<f32[N, M]>), type(tensor<i32[N]>), type(tensor<f64[N]>)]}
})
