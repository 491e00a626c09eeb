package dev.strata.backend.opencl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ir.dialect.builtin.ModuleOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the emitter writes and refuses, checked on the text without a device. */
class OpenClEmitterTest {
  @Test
  void writesOneProgramPerKernelInModuleOrder() {
    ModuleOp module = Pipelines.fromTensors("""
        builtin.module() ({
          func.func() ({
          ^bb0(%x: tensor<f32[N]>, %b: tensor<i8[N]>):
            %y = tensor.gelu(%x) : tensor<f32[N]>
            %c = tensor.cast(%b) {dtype = "f16"} : tensor<f16[N]>
            %d = tensor.add(%b, %b) : tensor<i8[N]>
            func.return(%y, %c, %d)
          }) {sym_name = "three", result_types = [type(tensor<f32[N]>), type(tensor<f16[N]>),
              type(tensor<i8[N]>)]}
        })
        """);
    List<OpenClKernel> kernels = OpenClEmitter.emit(module);
    assertEquals(List.of("three_0", "three_1", "three_2"),
        kernels.stream().map(OpenClKernel::name).toList());
    for (OpenClKernel k : kernels) {
      assertEquals(1, k.source().split("__kernel ", -1).length - 1, k.source());
      assertTrue(k.source().contains("void " + k.name() + "("), k.source());
    }
    assertTrue(kernels.get(0).source().contains("strata_gelu_f32"));
    assertFalse(kernels.get(1).source().contains("strata_gelu_f32"),
        "a program holds only the helpers it calls");
    assertTrue(kernels.get(1).source().contains("vstore_half_rte("), kernels.get(1).source());
    assertTrue(kernels.get(2).source().contains("as_char((uchar) ("), kernels.get(2).source());
  }

  @Test
  void softmaxHasItsSignatureAndLocalMemory() {
    OpenClKernel k = single(Pipelines.fromTensors(resource("softmax")));
    assertEquals("softmax_0", k.name());
    assertEquals(List.of(ParamKind.INT, ParamKind.BUFFER, ParamKind.BUFFER), k.params());
    assertEquals(256, k.workgroupSize());
    assertEquals(List.of(), k.requires());
    assertTrue(k.source().contains("""
        __kernel __attribute__((reqd_work_group_size(256, 1, 1))) void softmax_0(
            int D, __global const float* x, __global float* y) {
          __local float scratch[256];
        """), k.source());
    assertTrue(k.source().contains("barrier(CLK_LOCAL_MEM_FENCE);"), k.source());
    assertFalse(k.source().contains("double"), k.source());
  }

  @Test
  void doubleKernelRequiresAndEnablesFp64() {
    OpenClKernel k = single(Pipelines.fromTensors(resource("f64_chain")));
    assertEquals(List.of("fp64"), k.requires());
    assertTrue(k.source().contains("\n#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n"),
        k.source());
    assertTrue(k.source().contains("__global const double* x"), k.source());
    assertTrue(k.source().contains("double strata_pow_f64(double a, double b)"), k.source());
  }

  @Test
  void literalsAreSpelledSoThatCParsesThem() {
    String s = single(Pipelines.parse(KernelCatalog.CONSTANTS)).source();
    for (String literal : List.of("strata_max_f32(NAN, (-INFINITY))",
        "strata_min_f64(((double) NAN), ((double) INFINITY))", "-(-0.0f)", "dm * (-2.5)",
        "as_int(-as_uint((-2147483647 - 1)))", "(-9223372036854775807L - 1L)",
        "as_char(abs(((char) -128)))")) {
      assertTrue(s.contains(literal), () -> literal + " missing from\n" + s);
    }
  }

  @Test
  void narrowScalarParametersArriveAsInt() {
    OpenClKernel k = single(Pipelines.parse(KernelCatalog.SCALAR_PARAMS));
    assertEquals(List.of(ParamKind.BUFFER, ParamKind.INT, ParamKind.INT, ParamKind.INT,
        ParamKind.INT, ParamKind.LONG, ParamKind.FLOAT, ParamKind.DOUBLE), k.params());
    String s = k.source();
    assertTrue(flat(s).contains("(__global double* out, int n, int k, int small_in, int flag_in,"
        + " long big, float s, double t) {"), s);
    assertTrue(s.contains("""
          char small = as_char((uchar) small_in);
          bool flag = flag_in != 0;
        """), s);
    assertTrue(s.contains("int e = flag ? d : k;"), s);
  }

  @Test
  void loopCarryingTwoValuesReadsBothBeforeAssigning() {
    String s = single(Pipelines.parse(KernelCatalog.FIBONACCI)).source();
    assertTrue(s.contains("""
              int next = y;
              int next_1 = z;
              x = next;
              y = next_1;
            }
            out[0] = x;
            out[1] = y;
        """), s);
  }

  @Test
  void idsBarriersAndLocalBoolBuffers() {
    String s = single(Pipelines.parse(KernelCatalog.IDS_AND_BARRIERS)).source();
    for (String expected : List.of("__local uchar scratch[256];",
        "int lid = (int) get_local_id(0);", "int group = (int) get_group_id(0);",
        "int size = (int) get_local_size(0);", "int groups = (int) get_num_groups(0);",
        "scratch[lid] = flag ? 1 : 0;", "bool f0 = scratch[0] != 0;",
        "barrier(CLK_GLOBAL_MEM_FENCE | CLK_LOCAL_MEM_FENCE);")) {
      assertTrue(s.contains(expected), () -> expected + " missing from\n" + s);
    }
  }

  @Test
  void namesComeFromHintsWithoutShadowingCNames() {
    String s = single(Pipelines.parse(kernel("%int: buffer<f32[4]>, %exp: f32, %get_id: index", """
        %c0 = arith.constant() {value = 0} : index
        %max = math.exp(%exp) : f32
        %x = math.exp(%max) : f32
        loop.store(%x, %int, %get_id)""", ""))).source();
    assertTrue(flat(s).contains("(__global float* v_int, float v_exp, int v_get_id) {"), s);
    assertTrue(s.contains("float v_max = exp(v_exp);"), s);
    assertTrue(s.contains("float x = exp(v_max);"), s);
    assertTrue(s.contains("v_int[v_get_id] = x;"), s);
  }

  @Test
  void unsupportedOpIsRefusedByName() {
    ModuleOp module = Pipelines.parse(kernel("%b: buffer<f32[4]>", """
        %n = loop.sym() {name = "N"} : index
        %c = arith.constant() {value = 1.0} : f32
        loop.store(%c, %b, %n)""", ""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OpenClEmitter.emit(module));
    assertTrue(e.getMessage().contains("loop.sym"), e.getMessage());
  }

  @Test
  void groupReductionMustBeLoweredFirst() {
    ModuleOp module = Pipelines.parse(kernel("%b: buffer<f32[4]>", """
        %c0 = arith.constant() {value = 0} : index
        %v = loop.load(%b, %c0) : f32
        %r = gpu.group_reduce(%v) {op = "add"} : f32
        loop.store(%r, %b, %c0)""", ""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OpenClEmitter.emit(module));
    assertTrue(e.getMessage().contains("gpu.group_reduce"), e.getMessage());
  }

  @Test
  void integerDivisionIsRefused() {
    ModuleOp module = Pipelines.parse(kernel("%b: buffer<i32[4]>", """
        %c0 = arith.constant() {value = 0} : index
        %v = loop.load(%b, %c0) : i32
        %q = arith.div(%v, %v) : i32
        loop.store(%q, %b, %c0)""", ""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OpenClEmitter.emit(module));
    assertTrue(e.getMessage().contains("arith.div"), e.getMessage());
  }

  @Test
  void kernelNameMustBeACIdentifier() {
    String text = kernel("%b: buffer<f32[4]>", "", "").replace("\"k_0\"", "\"k$0\"");
    ModuleOp module = Pipelines.parse(text);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OpenClEmitter.emit(module));
    assertTrue(e.getMessage().contains("k$0"), e.getMessage());
  }

  @Test
  void paramKindsFollowTheScalarKinds() {
    OpenClKernel k = single(Pipelines.parse(kernel(
        "%a: index, %b: i32, %c: i8, %d: bool, %e: i64, %f: f32, %g: f16, %h: bf16, %i: f64,"
            + " %j: buffer<bf16[2]>", "", "")));
    assertEquals(List.of(ParamKind.INT, ParamKind.INT, ParamKind.INT, ParamKind.INT,
        ParamKind.LONG, ParamKind.FLOAT, ParamKind.FLOAT, ParamKind.FLOAT, ParamKind.DOUBLE,
        ParamKind.BUFFER), k.params());
    assertEquals(List.of("fp64"), k.requires(),
        "a double parameter needs fp64 even where the attribute omits it");
    assertTrue(k.source().contains("__global const ushort* j"), k.source());
  }

  /** {@code s} with every run of white space made one space, and none after a parenthesis. */
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").replace("( ", "(");
  }

  private static OpenClKernel single(ModuleOp module) {
    List<OpenClKernel> kernels = OpenClEmitter.emit(module);
    assertEquals(1, kernels.size());
    return kernels.getFirst();
  }

  private static String resource(String name) {
    try {
      return GoldenKernelsTest.resource("/kernels/" + name + ".mlir");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A gpu.func {@code k_0} with {@code params} and {@code body}, at the gpu stage. */
  static String kernel(String params, String body, String requires) {
    return """
        builtin.module() ({
          gpu.func() ({
          ^bb0(%s):
            %s
            gpu.return()
          }) {sym_name = "k_0", workgroup_size = 256, requires = [%s]}
        })
        """.formatted(params, body.indent(4).strip(), requires);
  }
}
