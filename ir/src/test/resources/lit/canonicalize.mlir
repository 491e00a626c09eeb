// RUN: canonicalize, dce
// Folds of scalar arithmetic with Java's semantics, and local tensor patterns.

// CHECK-LABEL: func.func
// CHECK: arith.constant() {value = -2147483648} : i32
// CHECK-NEXT: arith.constant() {value = 7.5} : f64
// CHECK-NOT: arith.add
// CHECK-NOT: arith.mul
// CHECK: func.return
builtin.module() ({
  func.func() ({
  ^bb0(%x: f64):
    %max = arith.constant() {value = 2147483647} : i32
    %one = arith.constant() {value = 1} : i32
    %wrapped = arith.add(%max, %one) : i32
    %a = arith.constant() {value = 2.5} : f64
    %b = arith.constant() {value = 3.0} : f64
    %c = arith.mul(%a, %b) : f64
    %d = arith.constant() {value = 1.0} : f64
    %e = arith.mul(%c, %d) : f64
    func.return(%wrapped, %e)
  }) {sym_name = "folds", result_types = [type(i32), type(f64)]}
})

// -----
// x + 0 is not folded for floats (-0.0 + 0 is +0.0), x * 1 is.

// CHECK-LABEL: func.func
// CHECK: arith.add(%x, %0) : f32
// CHECK-NOT: arith.mul
builtin.module() ({
  func.func() ({
  ^bb0(%x: f32):
    %0 = arith.constant() {value = 0.0} : f32
    %1 = arith.constant() {value = 1.0} : f32
    %2 = arith.add(%x, %0) : f32
    %3 = arith.mul(%2, %1) : f32
    func.return(%3)
  }) {sym_name = "noUnsafeFloatFolds", result_types = [type(f32)]}
})

// -----
// transpose(transpose(x)) composes; reshape(reshape(x)) collapses; identities vanish.

// CHECK-LABEL: func.func
// CHECK-NOT: tensor.transpose
// CHECK: tensor.reshape(%x) : tensor<f32[6]>
// CHECK-NEXT: func.return
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[2, 3]>):
    %t = tensor.transpose(%x) {perm = [1, 0]} : tensor<f32[3, 2]>
    %tt = tensor.transpose(%t) {perm = [1, 0]} : tensor<f32[2, 3]>
    %r = tensor.reshape(%tt) : tensor<f32[3, 2]>
    %rr = tensor.reshape(%r) : tensor<f32[6]>
    func.return(%rr)
  }) {sym_name = "views", result_types = [type(tensor<f32[6]>)]}
})

// -----
// The dim of a fixed axis folds to a constant.

// CHECK-LABEL: func.func
// CHECK: arith.constant() {value = 4} : i64
// CHECK-NOT: tensor.dim
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, 4]>):
    %d = tensor.dim(%x) {axis = 1} : i64
    func.return(%d)
  }) {sym_name = "dims", result_types = [type(i64)]}
})
