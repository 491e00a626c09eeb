package dev.strata.ir.dialect.tensor.transforms;

import dev.strata.ir.core.Dim;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.arith.SelectOp;
import dev.strata.ir.dialect.tensor.BroadcastToOp;
import dev.strata.ir.dialect.tensor.FillOp;
import dev.strata.ir.dialect.tensor.GroupOp;
import dev.strata.ir.dialect.tensor.IotaOp;
import dev.strata.ir.dialect.tensor.MatmulOp;
import dev.strata.ir.dialect.tensor.RandomOp;
import dev.strata.ir.dialect.tensor.ReduceOp;
import dev.strata.ir.dialect.tensor.ReshapeOp;
import dev.strata.ir.dialect.tensor.SliceOp;
import dev.strata.ir.dialect.tensor.SplatOp;
import dev.strata.ir.dialect.tensor.TensorBinaryOp;
import dev.strata.ir.dialect.tensor.TensorCastOp;
import dev.strata.ir.dialect.tensor.TensorCompareOp;
import dev.strata.ir.dialect.tensor.TensorUnaryOp;
import dev.strata.ir.dialect.tensor.TransposeOp;
import dev.strata.ir.dialect.tensor.WhereOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which tensor ops of a function run together: the greedy grouping behind
 * {@link FuseGroupsPass}. Elementwise ops join the group of a producer with the same iteration
 * domain; a reduction of the last axis turns its producer's group into a row group, whose
 * row-shaped results feed later elementwise ops of the same rows (softmax, layernorm); other
 * reductions, matmuls and random fills get groups of their own. Views and constants are not
 * grouped: each group that uses one recomputes it.
 */
final class FusionPlan {
  /** A group being formed. */
  static final class Group {
    final GroupOp.Kind kind;
    GroupOp.Kind finalKind;
    final List<Dim> domain;
    final List<Operation> members = new ArrayList<>();
    final Set<Group> dependsOn = new HashSet<>();

    Group(GroupOp.Kind kind, List<Dim> domain) {
      this.kind = kind;
      this.finalKind = kind;
      this.domain = domain;
    }
  }

  /**
   * The most ops a group takes: a longer fused chain starts a new group (its input materialised
   * once), so that no generated loop outgrows the JVM's 64 KB method limit.
   */
  static final int MAX_MEMBERS = 256;

  /**
   * The most op instances a row group's loop computes: each row reduction runs a pass of its own
   * over the row, recomputing the group's ops it reads, so a chain of reductions (softmax after
   * softmax) grows the loop by the chain's length for each one. A reduction that would take the
   * group past this starts a new group.
   */
  static final int MAX_PASS_WORK = 512;

  final Map<Operation, Group> groupOf = new LinkedHashMap<>();
  private final Map<Operation, Boolean> reductionDependence = new HashMap<>();
  /** Each op's place in the function, to keep merged groups' members in program order. */
  private final Map<Operation, Integer> position = new HashMap<>();
  final List<Group> groups = new ArrayList<>();

  /** Whether {@code op} is recomputed inside each group that uses it instead of being grouped. */
  static boolean isFree(Operation op) {
    return op instanceof FillOp || op instanceof SplatOp || op instanceof IotaOp
        || op instanceof TransposeOp || op instanceof ReshapeOp || op instanceof BroadcastToOp
        || op instanceof SliceOp;
  }

  /** Whether {@code op} computes each element from the elements at the same index. */
  static boolean isElementwise(Operation op) {
    return op instanceof TensorBinaryOp || op instanceof TensorCompareOp || op instanceof TensorUnaryOp
        || op instanceof WhereOp || op instanceof TensorCastOp
        || (op instanceof SelectOp && op.result().type() instanceof Type.Tensor);
  }

  void plan(List<Operation> ops) {
    for (Operation op : ops) {
      position.put(op, position.size());
    }
    for (Operation op : ops) {
      if (isElementwise(op)) {
        placeElementwise(op);
      } else if (op instanceof ReduceOp r) {
        placeReduction(r);
      } else if (op instanceof MatmulOp || op instanceof RandomOp) {
        Group g = newGroup(op instanceof MatmulOp ? GroupOp.Kind.MATMUL : GroupOp.Kind.LIBRARY,
            op.result().shaped().shape());
        add(g, op);
      }
    }
  }

  private void placeElementwise(Operation op) {
    List<Dim> shape = op.result().shaped().shape();
    for (Group g : joinableProducers(op)) {
      boolean fits = g.domain.equals(shape) || (g.finalKind == GroupOp.Kind.ROW && isRowShape(shape, g.domain));
      if ((g.finalKind == GroupOp.Kind.ELEMENTWISE || g.finalKind == GroupOp.Kind.ROW) && fits && canJoin(op, g)
          && rowAligned(op, g)) {
        add(g, op);
        absorbSiblings(op, g);
        return;
      }
    }
    add(newGroup(GroupOp.Kind.ELEMENTWISE, shape), op);
  }

  /**
   * Merges into {@code g}, which {@code op} just joined, the other elementwise groups over the same
   * domain that {@code op} reads and that read no group themselves: {@code x.mul(a).add(y.mul(b))}
   * then runs as one loop instead of materialising {@code y.mul(b)} first. A merge is skipped when
   * it would close a cycle ({@code g} reaching the sibling through a third group), overfill the
   * group, or bring a new dtype into its loop (which could cost the loop its vector form).
   */
  private void absorbSiblings(Operation op, Group g) {
    if (g.finalKind != GroupOp.Kind.ELEMENTWISE) {
      return;
    }
    for (Group h : producerGroups(op)) {
      if (h == g || h.finalKind != GroupOp.Kind.ELEMENTWISE || !h.domain.equals(g.domain)
          || !h.dependsOn.isEmpty() || g.members.size() + h.members.size() > MAX_MEMBERS
          || !dtypes(g).containsAll(dtypes(h)) || reachesThroughAnother(g, h)) {
        continue;
      }
      for (Operation m : h.members) {
        groupOf.put(m, g);
      }
      g.members.addAll(h.members);
      g.members.sort(java.util.Comparator.comparing(position::get));
      groups.remove(h);
      for (Group other : groups) {
        if (other.dependsOn.remove(h) && other != g) {
          other.dependsOn.add(g);
        }
      }
    }
  }

  private static Set<Object> dtypes(Group g) {
    Set<Object> out = new HashSet<>();
    for (Operation m : g.members) {
      out.add(m.result().shaped().dtype());
    }
    return out;
  }

  /** Whether {@code g} depends on {@code h} through a group other than {@code h}. */
  private static boolean reachesThroughAnother(Group g, Group h) {
    for (Group d : g.dependsOn) {
      if (d != h && dependsOn(d, h, new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  private void placeReduction(ReduceOp r) {
    List<Dim> in = r.operand(0).shaped().shape();
    boolean lastAxisOnly = r.axes().size() == 1 && r.axes().getFirst() == in.size() - 1;
    if (lastAxisOnly) {
      for (Group g : joinableProducers(r)) {
        if ((g.finalKind == GroupOp.Kind.ELEMENTWISE || g.finalKind == GroupOp.Kind.ROW)
            && g.domain.equals(in) && canJoin(r, g) && rowAligned(r, g)
            && passWork(g) + cone(g, r) <= MAX_PASS_WORK) {
          g.finalKind = GroupOp.Kind.ROW;
          add(g, r);
          return;
        }
      }
      add(newGroup(GroupOp.Kind.ROW, in), r);
      return;
    }
    add(newGroup(GroupOp.Kind.REDUCE, in), r);
  }

  /** The op instances {@code g}'s loop computes: its members once, and each reduction's cone again. */
  private static int passWork(Group g) {
    int work = g.members.size();
    for (Operation m : g.members) {
      if (m instanceof ReduceOp r) {
        work += cone(g, r);
      }
    }
    return work;
  }

  /** How many of {@code g}'s members {@code op} reads, directly or through others, plus one for itself. */
  private static int cone(Group g, Operation op) {
    Set<Operation> members = new HashSet<>(g.members);
    Set<Operation> seen = new HashSet<>();
    java.util.ArrayDeque<Operation> work = new java.util.ArrayDeque<>();
    work.push(op);
    while (!work.isEmpty()) {
      for (Value v : work.pop().operands()) {
        Operation def = v.definingOp();
        if (def != null && members.contains(def) && !(def instanceof ReduceOp) && seen.add(def)) {
          work.push(def);
        }
      }
    }
    return seen.size() + 1;
  }

  /** A shape of one value per row of {@code domain}: the domain with its last dim 1 or dropped. */
  static boolean isRowShape(List<Dim> shape, List<Dim> domain) {
    if (domain.isEmpty()) {
      return false;
    }
    List<Dim> rows = domain.subList(0, domain.size() - 1);
    if (shape.equals(rows)) {
      return true;
    }
    List<Dim> keep = new ArrayList<>(rows);
    keep.add(Dim.of(1));
    return shape.equals(keep);
  }

  private Group newGroup(GroupOp.Kind kind, List<Dim> domain) {
    Group g = new Group(kind, domain);
    groups.add(g);
    return g;
  }

  private void add(Group g, Operation op) {
    g.members.add(op);
    groupOf.put(op, g);
    for (Group p : producerGroups(op)) {
      if (p != g) {
        g.dependsOn.add(p);
      }
    }
  }

  /**
   * The producer groups {@code op} may join: not full ones, and not those it reads through scalar
   * code ({@code t.dim(0)}, {@code t.sum().item()}): that value exists only once the whole group
   * has run, so the op must run after it, in a group of its own.
   */
  private List<Group> joinableProducers(Operation op) {
    Set<Group> completed = new HashSet<>();
    collectThroughScalars(op, false, completed, List.of(new HashSet<>(), new HashSet<>()));
    return producerGroups(op).stream()
        .filter(g -> g.members.size() < MAX_MEMBERS && !completed.contains(g)).toList();
  }

  /**
   * Adds to {@code out} the groups {@code op} reads through scalar code; {@code scalar} says whether
   * the path from the op down to here already passed through a scalar. {@code seen} holds the
   * ungrouped ops visited, one set per kind of path.
   */
  private void collectThroughScalars(Operation op, boolean scalar, Set<Group> out, List<Set<Operation>> seen) {
    for (Value v : op.operands()) {
      Operation def = v.definingOp();
      if (def == null) {
        continue;
      }
      Group g = groupOf.get(def);
      if (g != null) {
        if (scalar) {
          out.add(g);
        }
        continue;
      }
      boolean throughScalar = scalar || !(def.results().size() == 1 && def.result().type() instanceof Type.Tensor);
      if (seen.get(throughScalar ? 1 : 0).add(def)) {
        collectThroughScalars(def, throughScalar, out, seen);
      }
    }
  }

  /** The groups of the grouped ops that {@code op} reads, directly or through ungrouped ops. */
  private List<Group> producerGroups(Operation op) {
    List<Group> out = new ArrayList<>();
    collectProducers(op, out, new HashSet<>());
    return out;
  }

  private void collectProducers(Operation op, List<Group> out, Set<Operation> seen) {
    for (Value v : op.operands()) {
      Operation def = v.definingOp();
      if (def == null || !seen.add(def)) {
        continue;
      }
      Group g = groupOf.get(def);
      if (g != null) {
        if (!out.contains(g)) {
          out.add(g);
        }
      } else {
        // Look through views, constants and scalar code (extract, dim, arith) to the groups they read.
        collectProducers(def, out, seen);
      }
    }
  }

  /**
   * Whether {@code op} reads the row values of {@code g} (results of its reductions, and what is
   * computed from them) only at its own row: a row group computes those values for one row at a
   * time, so a transpose, a slice or a broadcast onto another axis of such a value cannot be
   * fused (with square shapes it would silently read another row's value).
   */
  private boolean rowAligned(Operation op, Group g) {
    List<Dim> shape = op.result().shaped().shape();
    for (Value v : op.operands()) {
      if (!(v.type() instanceof Type.Tensor)) {
        continue;
      }
      Value source = v;
      boolean onlyUnitReshapes = true;
      while (source.definingOp() != null && isFree(source.definingOp()) && !groupOf.containsKey(source.definingOp())) {
        Operation view = source.definingOp();
        onlyUnitReshapes &= view instanceof ReshapeOp
            && ReshapeOp.onlyUnitDims(view.operand(0).shaped().shape(), view.result().shaped().shape());
        if (view.operands().isEmpty() || !(view.operand(0).type() instanceof Type.Tensor)) {
          break;
        }
        source = view.operand(0);
      }
      Operation member = source.definingOp();
      if (member == null || groupOf.get(member) != g || !dependsOnReduction(member, g)) {
        continue; // an input, another group's result, or computed without the group's reductions
      }
      List<Dim> in = v.shaped().shape();
      boolean aligned = in.equals(g.domain)
          || (isRowShape(in, g.domain) && in.size() == g.domain.size())
          || (isRowShape(in, g.domain) && in.equals(shape));
      if (!onlyUnitReshapes || !aligned) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code member} of {@code g} is a reduction or computed from one of {@code g}'s.
   * Memoised: a member's operands were placed before it, so the answer never changes, and chains
   * that read each value twice would otherwise be walked once per path.
   */
  private boolean dependsOnReduction(Operation member, Group g) {
    Boolean known = reductionDependence.get(member);
    if (known == null) {
      known = computeDependsOnReduction(member, g);
      reductionDependence.put(member, known);
    }
    return known;
  }

  private boolean computeDependsOnReduction(Operation member, Group g) {
    if (member instanceof ReduceOp) {
      return true;
    }
    for (Value v : member.operands()) {
      Operation def = v.definingOp();
      while (def != null && isFree(def) && !groupOf.containsKey(def) && !def.operands().isEmpty()) {
        def = def.operand(0).definingOp();
      }
      if (def != null && groupOf.get(def) == g && dependsOnReduction(def, g)) {
        return true;
      }
    }
    return false;
  }

  /** Whether adding {@code op} to {@code g} keeps the group graph acyclic. */
  private boolean canJoin(Operation op, Group g) {
    for (Group p : producerGroups(op)) {
      if (p != g && dependsOn(p, g, new HashSet<>())) {
        return false;
      }
    }
    return true;
  }

  private static boolean dependsOn(Group from, Group target, Set<Group> seen) {
    if (from == target) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (Group d : from.dependsOn) {
      if (dependsOn(d, target, seen)) {
        return true;
      }
    }
    return false;
  }
}
