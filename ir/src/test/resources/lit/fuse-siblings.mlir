// RUN: fuse-groups, dce
// An elementwise op reading two elementwise groups over its domain, neither reading a group
// itself, runs them in one loop: y * b is not materialised before x * a + y * b.

// CHECK-LABEL: func.func
// CHECK: tensor.group(
// CHECK-NOT: {kind
// CHECK: tensor.mul(
// CHECK-NOT: {kind
// CHECK: tensor.mul(
// CHECK-NOT: {kind
// CHECK: tensor.add(
// CHECK: {kind = "elementwise"}
// CHECK-NOT: tensor.group(
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N]>, %y: tensor<f32[N]>, %a: f32, %b: f32):
    %sa = tensor.splat(%a) : tensor<f32[]>
    %xa = tensor.mul(%x, %sa) : tensor<f32[N]>
    %sb = tensor.splat(%b) : tensor<f32[]>
    %yb = tensor.mul(%y, %sb) : tensor<f32[N]>
    %r = tensor.add(%xa, %yb) : tensor<f32[N]>
    func.return(%r)
  }) {sym_name = "axpby", result_types = [type(tensor<f32[N]>)]}
})

// -----

// A sibling that brings another dtype into the loop stays apart (an f64 op in an f32 loop would
// cost the loop its vector form).

// CHECK-LABEL: func.func
// CHECK: = tensor.group(%d) ({
// CHECK: tensor.exp(
// CHECK: = tensor.group(
// CHECK: tensor.mul(
// CHECK: tensor.add(
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N]>, %d: tensor<f64[N]>):
    %e = tensor.exp(%d) : tensor<f64[N]>
    %ef = tensor.cast(%e) {dtype = "f32"} : tensor<f32[N]>
    %two = tensor.fill() {value = 2.0} : tensor<f32[]>
    %x2 = tensor.mul(%x, %two) : tensor<f32[N]>
    %r = tensor.add(%x2, %ef) : tensor<f32[N]>
    func.return(%r)
  }) {sym_name = "dtypes", result_types = [type(tensor<f32[N]>)]}
})

// -----

// So does a sibling the consumer's group also reaches through a third group, which merging would
// turn into a cycle: the column sums of y * 2 feed x + s, which then adds y * 2 itself.

// CHECK-LABEL: func.func
// CHECK: %y2 = tensor.group(%y) ({
// CHECK: {kind = "elementwise"}
// CHECK: %s = tensor.group(%y2) ({
// CHECK: {kind = "reduce"}
// CHECK: tensor.group(%x, %s, %y2) ({
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %y: tensor<f32[N, D]>):
    %two = tensor.fill() {value = 2.0} : tensor<f32[]>
    %y2 = tensor.mul(%y, %two) : tensor<f32[N, D]>
    %s = tensor.sum(%y2) {axes = [0], keep_dim = true} : tensor<f32[1, D]>
    %xs = tensor.add(%x, %s) : tensor<f32[N, D]>
    %t = tensor.add(%xs, %y2) : tensor<f32[N, D]>
    func.return(%t)
  }) {sym_name = "cycle", result_types = [type(tensor<f32[N, D]>)]}
})
