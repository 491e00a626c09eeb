package dev.strata.ir.conversion.looptogpu;

import dev.strata.ir.core.Location;
import dev.strata.ir.core.OpBuilder;
import dev.strata.ir.core.ScalarKind;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.loop.ForOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A part of what a {@code loop.for} carries that threads can reduce independently, each over its
 * share of the iterations from an identity, and then combine over the work-group: a single
 * associative reduction ({@link Reduction}) or a (maximum, first index) pair ({@link ArgmaxReduction}).
 */
sealed interface CarriedReduction permits Reduction, ArgmaxReduction {

  /** The carried slots this reduction owns, in its own order. */
  List<Integer> slots();

  /** The scalar kind of the reduced value (not of an index beside it). */
  ScalarKind kind();

  /** Values for {@link #slots()} that leave any partial result unchanged when combined with it. */
  List<Value> identities(OpBuilder b, Location loc);

  /**
   * Combines each thread's {@code partials} (for {@link #slots()}) over the work-group, then with
   * the loop's {@code inits}, and gives the loop's results for {@link #slots()}.
   */
  List<Value> finish(OpBuilder b, Location loc, List<Value> partials, List<Value> inits);

  /**
   * Every carried value of {@code loop} as a reduction, each slot owned by exactly one, or null
   * when some carried value is not a reduction the threads can split.
   */
  static List<CarriedReduction> of(ForOp loop) {
    List<CarriedReduction> out = new ArrayList<>();
    Set<Integer> owned = new HashSet<>();
    for (int i = 0; i < loop.carried().size(); i++) {
      if (owned.contains(i)) {
        continue;
      }
      CarriedReduction r = Reduction.of(loop, i);
      if (r == null) {
        r = ArgmaxReduction.of(loop, i);
      }
      if (r == null || r.slots().stream().anyMatch(owned::contains)) {
        return null;
      }
      owned.addAll(r.slots());
      out.add(r);
    }
    return out;
  }
}
