// RUN: fuse-groups, dce
// A value read through scalar code (here the size of an intermediate, t.dim(0)) exists only once
// the group computing it has run: the op using it goes to a group of its own, after that one.

// CHECK-LABEL: func.func
// CHECK: %t = tensor.group(%x) ({
// CHECK: tensor.mul(
// CHECK: }) {kind = "elementwise"}
// CHECK-NEXT: %rows = tensor.dim(%t) {axis = 0} : i64
// CHECK: tensor.group(%t,
// CHECK: tensor.add(
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %0 = tensor.fill() {value = 0.5} : tensor<f32[]>
    %t = tensor.mul(%x, %0) : tensor<f32[N, D]>
    %rows = tensor.dim(%t) {axis = 0} : i64
    %1 = arith.cast(%rows) : f32
    %2 = tensor.splat(%1) : tensor<f32[]>
    %3 = tensor.add(%t, %2) : tensor<f32[N, D]>
    func.return(%3)
  }) {sym_name = "a", result_types = [type(tensor<f32[N, D]>)], constraints = []}
})
