// RUN: canonicalize
// A barrier under thread-dependent control flow would hang the work-group: the verifier refuses it.
// expected-error: gpu.barrier must not sit inside gpu.if
builtin.module() ({
  gpu.func() ({
  ^bb0(%n: index):
    %0 = gpu.local_id() {dim = 0} : index
    %1 = arith.lt(%0, %n) : bool
    gpu.if(%1) ({
      gpu.barrier() {fence = "local"}
      loop.yield()
    })
    gpu.return()
  }) {sym_name = "bad", workgroup_size = 256, requires = []}
})
// -----
// RUN: canonicalize
// expected-error: gpu.local_alloc gives a buffer in local memory
builtin.module() ({
  gpu.func() ({
  ^bb0(%n: index):
    %0 = gpu.local_alloc() : buffer<f32[256]>
    gpu.return()
  }) {sym_name = "bad2", workgroup_size = 256, requires = []}
})
