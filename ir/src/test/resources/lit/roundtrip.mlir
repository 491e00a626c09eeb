// RUN:
// Every op of every dialect prints, parses and prints again to the same text.

// CHECK-LABEL: builtin.module
// CHECK: tensor.group(
// CHECK: loop.parallel(
builtin.module() ({
  func.func() ({
  ^bb0(%x: tensor<f32[N, D]>, %y: tensor<f32[D]>, %s: f64, %i: tensor<i32[N, D]>, %c: tensor<bool[N, D]>, %seed: i64):
    %0 = tensor.add(%x, %y) : tensor<f32[N, D]>
    %1 = tensor.sub(%0, %y) : tensor<f32[N, D]>
    %2 = tensor.mul(%1, %1) : tensor<f32[N, D]>
    %3 = tensor.div(%2, %1) : tensor<f32[N, D]>
    %4 = tensor.pow(%3, %1) : tensor<f32[N, D]>
    %5 = tensor.maximum(%4, %1) : tensor<f32[N, D]>
    %6 = tensor.minimum(%5, %1) : tensor<f32[N, D]>
    %7 = tensor.lt(%6, %1) : tensor<bool[N, D]>
    %8 = tensor.le(%6, %1) : tensor<bool[N, D]>
    %9 = tensor.gt(%6, %1) : tensor<bool[N, D]>
    %10 = tensor.ge(%6, %1) : tensor<bool[N, D]>
    %11 = tensor.eq(%6, %1) : tensor<bool[N, D]>
    %12 = tensor.ne(%6, %1) : tensor<bool[N, D]>
    %13 = tensor.where(%c, %6, %1) : tensor<f32[N, D]>
    %14 = tensor.neg(%13) : tensor<f32[N, D]>
    %15 = tensor.abs(%14) : tensor<f32[N, D]>
    %16 = tensor.exp(%15) : tensor<f32[N, D]>
    %17 = tensor.log(%16) : tensor<f32[N, D]>
    %18 = tensor.sqrt(%17) : tensor<f32[N, D]>
    %19 = tensor.rsqrt(%18) : tensor<f32[N, D]>
    %20 = tensor.tanh(%19) : tensor<f32[N, D]>
    %21 = tensor.sigmoid(%20) : tensor<f32[N, D]>
    %22 = tensor.relu(%21) : tensor<f32[N, D]>
    %23 = tensor.gelu(%22) : tensor<f32[N, D]>
    %24 = tensor.erf(%23) : tensor<f32[N, D]>
    %25 = tensor.sin(%24) : tensor<f32[N, D]>
    %26 = tensor.cos(%25) : tensor<f32[N, D]>
    %27 = tensor.square(%26) : tensor<f32[N, D]>
    %28 = tensor.reciprocal(%27) : tensor<f32[N, D]>
    %29 = tensor.cast(%28) {dtype = "bf16"} : tensor<bf16[N, D]>
    %30 = tensor.sum(%x) {axes = [1], keep_dim = true} : tensor<f32[N, 1]>
    %31 = tensor.mean(%x) {axes = [0, 1], keep_dim = false} : tensor<f32[]>
    %32 = tensor.max(%x) {axes = [0], keep_dim = false} : tensor<f32[D]>
    %33 = tensor.min(%x) {axes = [1], keep_dim = false} : tensor<f32[N]>
    %34 = tensor.argmax(%x) {axes = [1], keep_dim = false} : tensor<i32[N]>
    %35 = tensor.transpose(%x) {perm = [1, 0]} : tensor<f32[D, N]>
    %36 = tensor.matmul(%x, %35) : tensor<f32[N, N]>
    %37 = tensor.reshape(%x) : tensor<f32[(N * D)]>
    %38 = tensor.broadcast_to(%y) : tensor<f32[3, D]>
    %39 = tensor.slice(%x) {axis = 1, start = 1, end = -1} : tensor<f32[N, (min(D, 4294967295) - min(1, min(D, 4294967295)))]>
    %40 = tensor.fill() {value = -inf} : tensor<f32[2]>
    %41 = tensor.splat(%s) : tensor<f64[]>
    %42 = tensor.iota() : tensor<i32[7]>
    %43 = tensor.random(%seed) {normal = true} : tensor<f32[2, 2]>
    %44 = tensor.extract(%x, %seed, %seed) : f64
    %45 = tensor.dim(%x) {axis = 0} : i64
    %46 = arith.constant() {value = nan} : f32
    %47 = arith.constant() {value = true} : bool
    %48 = arith.rem(%45, %45) : i64
    %49 = arith.and(%47, %47) : bool
    %50 = arith.xor(%47, %47) : bool
    %51 = arith.or(%49, %50) : bool
    %52 = arith.select(%51, %s, %44) : f64
    %53 = arith.cast(%52) : f32
    %54 = math.floor(%53) : f32
    %55 = math.ceil(%54) : f32
    %56 = math.not(%51) : bool
    %hy = math.java(%s, %52) {fn = "hypot"} : f64
    %rd = math.java(%53) {fn = "round"} : i32
    %sh = arith.shift(%rd, %rd) {op = ">>>"} : i32
    %sl = tensor.slice(%x) {axis = 1, start = dim((D / 2)), end = dim(D)} : tensor<f32[N, (D - (D / 2))]>
    %57 = tensor.group(%x) ({
    ^bb0(%gx: tensor<f32[N, D]>):
      %58 = tensor.exp(%gx) : tensor<f32[N, D]>
      tensor.yield(%58)
    }) {kind = "elementwise"} : tensor<f32[N, D]>
    func.return(%57)
  }) {sym_name = "tensorOps", result_types = [type(tensor<f32[N, D]>)]}
  func.func() ({
  ^bb0(%b: buffer<f32[N]>, %seed: i64):
    %N = loop.sym() {name = "N"} : index
    %c0 = arith.constant() {value = 0} : index
    %c1 = arith.constant() {value = 1} : index
    %out = loop.alloc() : buffer<f32[N]>
    %ok = arith.gt(%N, %c0) : bool
    loop.check(%ok) {message = "N must be positive"}
    loop.parallel(%c0, %N, %c1) ({
    ^bb0(%p: index):
      %z = arith.constant() {value = 0.0} : f32
      %sum = loop.for(%c0, %N, %z) ({
      ^bb0(%k: index, %acc: f32):
        %v = loop.load(%b, %k) : f32
        %n = arith.add(%acc, %v) : f32
        loop.yield(%n)
      }) : f32
      loop.store(%sum, %out, %p)
      loop.yield()
    }) {grain = 32768}
    loop.matmul(%b, %b, %out) {transpose_a = false, transpose_b = true}
    loop.random(%out, %seed) {normal = false}
    func.return(%out)
  }) {sym_name = "loopOps", result_types = [type(buffer<f32[N]>)]}
})
