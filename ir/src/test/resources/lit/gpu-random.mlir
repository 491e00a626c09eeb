// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce, convert-loop-to-gpu, lower-group-reductions, canonicalize, cse, dce
// A random fill becomes a kernel of its own: each work-group fills a tile of 8192 elements, each
// thread computing its elements of the stream with gpu.random and storing them converted to the
// buffer's dtype (normal values are f64, so the kernel needs fp64); the fill's CPU form stays as
// the launch's fallback, and the elementwise consumer reads the buffer on the device.

// CHECK-LABEL: func.func
// CHECK: gpu.launch(
// CHECK-NEXT: loop.random(%r, %seed) {normal = true}
// CHECK: {kernel = "noisy_0", group = 0}
// CHECK: gpu.launch(
// CHECK: {kernel = "noisy_1", group = 1}
// CHECK-NOT: cpu_only
// CHECK-LABEL: gpu.func() ({
// CHECK: gpu.local_id()
// CHECK: gpu.group_id()
// CHECK: loop.for(
// CHECK: gpu.random(%seed_1,
// CHECK-SAME: {normal = true, precision = 8} : f64
// CHECK-NEXT: arith.cast(
// CHECK-SAME: : bf16
// CHECK-NEXT: loop.store(
// CHECK: sym_name = "noisy_0", workgroup_size = 256, requires = ["fp64"]
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<bf16[N, D]>, %seed: i64):
    %r = tensor.random(%seed) {normal = true} : tensor<bf16[N, D]>
    %s = tensor.add(%x, %r) : tensor<bf16[N, D]>
    func.return(%s)
  }) {sym_name = "noisy", result_types = [type(tensor<bf16[N, D]>)]}
})
