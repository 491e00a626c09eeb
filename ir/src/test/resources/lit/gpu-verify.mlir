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
// -----
// A work-group argmax prints and parses back before it is lowered.
// CHECK: %r, %s = gpu.group_argmax(%v, %i) : f64, i32
builtin.module() ({
  gpu.func() ({
  ^bb0(%v: f64, %i: i32):
    %r, %s = gpu.group_argmax(%v, %i) : f64, i32
    gpu.return()
  }) {sym_name = "ok", workgroup_size = 256, requires = []}
})
// -----
// expected-error: gpu.group_argmax must not sit inside gpu.if
builtin.module() ({
  gpu.func() ({
  ^bb0(%v: f32, %i: i32):
    %0 = gpu.local_id() {dim = 0} : index
    %1 = arith.constant() {value = 3} : index
    %2 = arith.lt(%0, %1) : bool
    gpu.if(%2) ({
      %r, %s = gpu.group_argmax(%v, %i) : f32, i32
      loop.yield()
    })
    gpu.return()
  }) {sym_name = "bad3", workgroup_size = 256, requires = []}
})
// -----
// RUN: canonicalize
// A division Java may throw on needs the trap flag, which only a kernel marked traps has.
// expected-error: gpu.func holds an integer div whose divisor may be zero but is not marked traps
builtin.module() ({
  gpu.func() ({
  ^bb0(%a: i32, %b: i32):
    %0 = arith.div(%a, %b) : i32
    gpu.return()
  }) {sym_name = "bad4", workgroup_size = 256, requires = []}
})
// -----
// RUN: canonicalize
// expected-error: gpu.func holds an integer pow whose exponent may be negative but is not marked traps
builtin.module() ({
  gpu.func() ({
  ^bb0(%a: i8, %b: i8):
    %0 = arith.pow(%a, %b) : i8
    gpu.return()
  }) {sym_name = "bad5", workgroup_size = 256, requires = []}
})
// -----
// Marked traps, the same division verifies and prints the mark back.
// CHECK: sym_name = "ok2", workgroup_size = 256, requires = [], traps = true}
builtin.module() ({
  gpu.func() ({
  ^bb0(%a: i32, %b: i32):
    %0 = arith.div(%a, %b) : i32
    gpu.return()
  }) {sym_name = "ok2", workgroup_size = 256, requires = [], traps = true}
})
// -----
// RUN: canonicalize
// expected-error: gpu.random gives f64 here
builtin.module() ({
  gpu.func() ({
  ^bb0(%s: i64, %i: index):
    %0 = gpu.random(%s, %i) {normal = true, precision = 24} : f32
    gpu.return()
  }) {sym_name = "bad6", workgroup_size = 256, requires = []}
})
