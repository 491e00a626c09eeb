package dev.strata.processor.model;

import dev.strata.ir.dialect.builtin.FuncOp;
import java.util.List;

/**
 * One validated kernel, ready to be compiled: where it is, its signature, its Javadoc and its
 * tensor-level IR. The front end makes it; the writing step turns the kernels of one class into
 * the generated {@code <Class>Kernels}.
 *
 * @param packageName the package of the enclosing class ("" for the default package)
 * @param enclosingClass the binary-ish simple name of the enclosing class, nested names joined
 *     with '.', e.g. {@code Outer.Inner}
 * @param methodName the kernel's name
 * @param parameters the parameters in declaration order
 * @param javadoc the method's doc comment, or null
 * @param sourceFile the source file's simple name, e.g. {@code Nn.java}
 * @param function the tensor-level IR: a {@code func.func} whose block arguments are the
 *     parameters in order (tensor parameters typed from {@code @Shape}, scalars as f32, f64,
 *     i32 or i64), returning one tensor; attribute {@code constraints} lists the run-time dim
 *     equalities found by inference as strings {@code "lhs == rhs"}
 */
public record KernelModel(
    String packageName,
    String enclosingClass,
    String methodName,
    List<Parameter> parameters,
    String javadoc,
    String sourceFile,
    FuncOp function) {

  /**
   * One parameter.
   *
   * @param name the Java name
   * @param javaType the Java type as written: {@code Tensor}, {@code float}, {@code double},
   *     {@code int} or {@code long}
   * @param dtype for a tensor, its dtype; null for a scalar
   * @param dims for a tensor, its {@code @Shape} entries (symbols or integer literals); null for a
   *     scalar
   */
  public record Parameter(String name, String javaType, dev.strata.DType dtype, List<String> dims) {
    /** Whether this is a {@code Tensor} parameter. */
    public boolean isTensor() {
      return dtype != null;
    }
  }
}
