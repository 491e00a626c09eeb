package dev.strata.backend.cpu.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.strata.ir.core.Value;
import java.util.List;

/**
 * The CPU back end's output for one kernel: the statements of the public method after its
 * arguments are checked and bound, the loop methods of the main (scalar) class, the loop
 * methods of the vector class, and the method handles that pick the vector ones at run time.
 *
 * @param host statements computing the result; they end with {@code return}
 * @param scalarMethods loop methods in plain Java
 * @param vectorMethods loop methods on the Vector API (same names and signatures)
 * @param handles static fields holding the vector methods' handles, null when unavailable
 * @param result the returned buffer value
 * @param resultName the Java expression of the returned buffer
 */
public record CpuKernelCode(
    CodeBlock host,
    List<MethodSpec> scalarMethods,
    List<MethodSpec> vectorMethods,
    List<FieldSpec> handles,
    Value result,
    String resultName) {}
