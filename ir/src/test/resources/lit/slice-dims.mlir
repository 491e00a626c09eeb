// RUN: infer-shapes
// Slice bounds that are sizes computed from dims: the two halves of a row both come out D / 2,
// so the product needs no run-time broadcast (min(D / 2, D) is D / 2, and (D / 2) * 2 - D / 2 is
// D / 2); a bound past the axis clamps to it, and a start past the end gives 0.

// CHECK: %a = tensor.slice(%x) {axis = 1, start = 0, end = dim((D / 2))} : tensor<f32[N, (D / 2)]>
// CHECK-NEXT: %b = tensor.slice(%x) {axis = 1, start = dim((D / 2)), end = dim(((D / 2) * 2))} : tensor<f32[N, (D / 2)]>
// CHECK-NEXT: %c = tensor.mul(%a, %b) : tensor<f32[N, (D / 2)]>
// CHECK-NEXT: %d = tensor.slice(%x) {axis = 0, start = 1, end = dim(((N * 2) + 3))} : tensor<f32[(N - min(1, N)), D]>
// CHECK-NEXT: %e = tensor.slice(%x) {axis = 1, start = dim(D), end = 1} : tensor<f32[N, 0]>
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>):
    %a = tensor.slice(%x) {axis = 1, start = 0, end = dim((D / 2))} : tensor<f32[N, D]>
    %b = tensor.slice(%x) {axis = 1, start = dim((D / 2)), end = dim(((D / 2) * 2))} : tensor<f32[N, D]>
    %c = tensor.mul(%a, %b) : tensor<f32[N, D]>
    %d = tensor.slice(%x) {axis = 0, start = 1, end = dim(((N * 2) + 3))} : tensor<f32[N, D]>
    %e = tensor.slice(%x) {axis = 1, start = dim(D), end = 1} : tensor<f32[N, D]>
    func.return(%c, %d, %e)
  }) {sym_name = "glu", result_types = [type(tensor<f32[N, D]>), type(tensor<f32[N, D]>), type(tensor<f32[N, D]>)]}
})
