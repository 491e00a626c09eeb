// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// An elementwise chain becomes a kernel over tiles (one work-group per tile, each thread taking
// every 256th element); a matmul becomes a tiled kernel; an integer division by values read
// becomes a kernel that traps (it sets a flag where Java would throw); a random fill becomes a
// kernel, and so does a matmul whose batch dims broadcast at run time; nothing stays on the CPU;
// and an F64 kernel records that it needs fp64.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK-NEXT: loop.matmul(
// CHECK: {kernel = "mixed_0", group = 0}
// CHECK: gpu.launch(
// CHECK: {kernel = "mixed_1", group = 1}
// CHECK: gpu.launch(
// CHECK: loop.load(%j,
// CHECK: arith.div(
// CHECK-SAME: : i32
// CHECK: {kernel = "mixed_2", group = 2}
// CHECK: gpu.launch(
// CHECK: {kernel = "mixed_3", group = 3}
// CHECK: gpu.launch(
// CHECK-NEXT: loop.random(
// CHECK: {kernel = "mixed_4", group = 4}
// CHECK: gpu.launch(
// CHECK-NEXT: loop.matmul(%p, %w, %m)
// CHECK: {kernel = "mixed_5", group = 5}
// CHECK-NOT: cpu_only
// CHECK-LABEL: gpu.func() ({
// CHECK: arith.fma(
// CHECK: sym_name = "mixed_0", workgroup_size = 256, requires = []
// CHECK-LABEL: gpu.func() ({
// CHECK: math.tanh(
// CHECK: sym_name = "mixed_1", workgroup_size = 256, requires = []
// CHECK-LABEL: gpu.func() ({
// CHECK: loop.load(
// CHECK: loop.load(
// CHECK: arith.div(
// CHECK-SAME: : i32
// CHECK: sym_name = "mixed_2", workgroup_size = 256, requires = [], traps = true}
// CHECK-LABEL: gpu.func() ({
// CHECK: math.exp(
// CHECK: sym_name = "mixed_3", workgroup_size = 256, requires = ["fp64"]
// CHECK-LABEL: gpu.func() ({
// CHECK: gpu.random(
// CHECK: sym_name = "mixed_4", workgroup_size = 256, requires = []
// CHECK-LABEL: gpu.func() ({
// CHECK: arith.fma(
// CHECK: sym_name = "mixed_5", workgroup_size = 256, requires = []
// CHECK-NOT: gpu.func
builtin.module() ({
  func.func() ({
  ^bb0(%a: tensor<f32[N, K]>, %b: tensor<f32[K, M]>, %i: tensor<i32[N]>, %j: tensor<i32[N]>, %d: tensor<f64[N]>, %seed: i64, %p: tensor<f32[B, N, K]>, %w: tensor<f32[C, K, M]>):
    %h = tensor.matmul(%a, %b) : tensor<f32[N, M]>
    %t = tensor.tanh(%h) : tensor<f32[N, M]>
    %q = tensor.div(%i, %j) : tensor<i32[N]>
    %e = tensor.exp(%d) : tensor<f64[N]>
    %r = tensor.random(%seed) {normal = false} : tensor<f32[N]>
    %m = tensor.matmul(%p, %w) : tensor<f32[bcast(B, C), N, M]>
    func.return(%t, %q, %e, %r, %m)
  }) {sym_name = "mixed", result_types = [type(tensor<f32[N, M]>), type(tensor<i32[N]>), type(tensor<f64[N]>), type(tensor<f32[N]>), type(tensor<f32[bcast(B, C), N, M]>)]}
})
