// RUN: fuse-groups, dce, convert-tensor-to-loop, canonicalize, cse, hoist-invariants, cse, dce
// An operand dim that may be 1 at run time (M against N) reads element 0 where it is 1 and its own
// index elsewhere: a select on a compare made once, outside the loops, and on the row index only,
// so the inner loop stays contiguous.

// CHECK-LABEL: func.func
// CHECK: loop.alloc() : buffer<f32[bcast(N, M), D]>
// CHECK-NEXT: arith.eq(%M,
// CHECK: loop.parallel(
// CHECK: arith.select(
// CHECK: arith.select(
// CHECK: loop.for(
// CHECK: loop.load(%x,
// CHECK: loop.load(%y,
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %y: tensor<f32[M, D]>):
    %0 = tensor.add(%x, %y) : tensor<f32[bcast(N, M), D]>
    func.return(%0)
  }) {sym_name = "rows", result_types = [type(tensor<f32[bcast(N, M), D]>)], constraints = ["N ~ M"]}
})
