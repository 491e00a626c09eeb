// RUN: infer-shapes
// Broadcasting with symbolic dims, reductions, matmul; and the errors, each with its id.

// CHECK-LABEL: func.func
// CHECK: tensor.add(%x, %b) : tensor<f32[N, D]>
// CHECK: tensor.sum(%0) {axes = [1], keep_dim = false} : tensor<f32[N]>
// CHECK: tensor.matmul(%x, %w) : tensor<f32[N, H]>
// CHECK: tensor.matmul(%x, %v) : tensor<f32[N]>
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %b: tensor<f32[D]>, %w: tensor<f32[D, H]>, %v: tensor<f32[D]>):
    %0 = tensor.add(%x, %b) : tensor<f32[1]>
    %1 = tensor.sum(%0) {axes = [1], keep_dim = false} : tensor<f32[1]>
    %2 = tensor.matmul(%x, %w) : tensor<f32[1]>
    %3 = tensor.matmul(%x, %v) : tensor<f32[1]>
    func.return(%2)
  }) {sym_name = "shapes", result_types = [type(tensor<f32[1]>)]}
})

// -----
// expected-error: [strata.matmul-mismatch]
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, 4]>, %w: tensor<f32[5, M]>):
    %0 = tensor.matmul(%x, %w) : tensor<f32[N, M]>
    func.return(%0)
  }) {sym_name = "bad", result_types = [type(tensor<f32[N, M]>)]}
})

// -----
// expected-error: [strata.shape-mismatch]
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[3]>, %y: tensor<f32[4]>):
    %0 = tensor.add(%x, %y) : tensor<f32[3]>
    func.return(%0)
  }) {sym_name = "bad", result_types = [type(tensor<f32[3]>)]}
})

// -----
// expected-error: [strata.dtype-mismatch]
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[3]>, %y: tensor<f64[3]>):
    %0 = tensor.add(%x, %y) : tensor<f32[3]>
    func.return(%0)
  }) {sym_name = "bad", result_types = [type(tensor<f32[3]>)]}
})

// -----
// expected-error: [strata.axis-out-of-range]
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[3]>):
    %0 = tensor.sum(%x) {axes = [1], keep_dim = false} : tensor<f32[]>
    func.return(%0)
  }) {sym_name = "bad", result_types = [type(tensor<f32[]>)]}
})

// -----
// Two different symbols meet in an elementwise broadcast: the result dim is decided at run time,
// bcast(M, N) (N where M is 1, else M), written in one order whichever way the operands come, so
// that y + x and x + y have one type; a symbol against a constant gives the constant.

// CHECK-LABEL: func.func
// CHECK: tensor.add(%x, %y) : tensor<f32[bcast(M, N), D]>
// CHECK: tensor.mul(%0, %z) : tensor<f32[bcast(M, N), 3]>
// CHECK: tensor.add(%y, %x) : tensor<f32[bcast(M, N), D]>
// CHECK: tensor.add(%2, %w) : tensor<f32[bcast(bcast(K, M), N), D]>
// CHECK: tensor.add(%x, %4) : tensor<f32[bcast(bcast(K, M), N), D]>
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %y: tensor<f32[M, D]>, %z: tensor<f32[3]>, %w: tensor<f32[K, D]>):
    %0 = tensor.add(%x, %y) : tensor<f32[1]>
    %1 = tensor.mul(%0, %z) : tensor<f32[1]>
    %2 = tensor.add(%y, %x) : tensor<f32[1]>
    %3 = tensor.add(%2, %w) : tensor<f32[1]>
    %4 = tensor.add(%y, %w) : tensor<f32[1]>
    %5 = tensor.add(%x, %4) : tensor<f32[1]>
    func.return(%1, %3, %5)
  }) {sym_name = "runtimeBroadcast", result_types = [type(tensor<f32[1]>), type(tensor<f32[1]>), type(tensor<f32[1]>)]}
})
