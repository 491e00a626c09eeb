package dev.strata.runtime.device;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shows where each group of a kernel ran for concrete inputs, and why: run the call under
 * {@link #of(Supplier)} and read the plan.
 *
 * <pre>{@code
 * Explain.Plan plan = Explain.of(() -> NnKernels.softmax(x));
 * System.out.println(plan);   // group 0 (row loop ...) -> opencl (...)
 * }</pre>
 */
public final class Explain {
  private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

  private Explain() {}

  /**
   * The decisions made while {@code call} ran, on this thread. Explains nest: an enclosing one
   * sees the calls of the inner one too.
   *
   * @param call a call of one or more compiled kernels
   * @param <T> what the call returns
   * @return the call's result and the placement of each group it ran
   */
  public static <T> Plan<T> of(Supplier<T> call) {
    List<String> outer = RECORDING.get();
    List<String> lines = new ArrayList<>();
    RECORDING.set(lines);
    try {
      T result = call.get();
      return new Plan<>(result, List.copyOf(lines));
    } finally {
      RECORDING.set(outer);
      if (outer != null) {
        outer.addAll(lines); // an enclosing explain saw these calls too
      }
    }
  }

  /**
   * What {@link #of} saw.
   *
   * @param result the call's result
   * @param lines one line per group run, in order
   * @param <T> the result type
   */
  public record Plan<T>(T result, List<String> lines) {
    @Override
    public String toString() {
      return String.join("\n", lines);
    }
  }

  static void record(KernelPlan kernel, GroupPlan group, String where, String why) {
    List<String> lines = RECORDING.get();
    if (lines != null) {
      lines.add(kernel.kernel() + ": group " + group.index() + " (" + group.description() + ") -> " + where
          + (why.isEmpty() ? "" : ": " + why));
    }
  }
}
