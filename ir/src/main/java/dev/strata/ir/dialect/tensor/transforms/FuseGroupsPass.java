package dev.strata.ir.dialect.tensor.transforms;

import dev.strata.ir.core.Block;
import dev.strata.ir.core.IRMapping;
import dev.strata.ir.core.OpRegistry;
import dev.strata.ir.core.OpResult;
import dev.strata.ir.core.Operation;
import dev.strata.ir.core.OperationState;
import dev.strata.ir.core.Rewriter;
import dev.strata.ir.core.Type;
import dev.strata.ir.core.Value;
import dev.strata.ir.dialect.builtin.FuncOp;
import dev.strata.ir.dialect.builtin.ModuleOp;
import dev.strata.ir.dialect.tensor.DimOp;
import dev.strata.ir.dialect.tensor.GroupOp;
import dev.strata.ir.dialect.tensor.MatmulOp;
import dev.strata.ir.dialect.tensor.TransposeOp;
import dev.strata.ir.dialect.tensor.YieldOp;
import dev.strata.ir.diagnostic.Diagnostics;
import dev.strata.ir.pass.Pass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fusion: wraps the tensor ops of each function into {@link GroupOp}s as decided by
 * {@link FusionPlan}, each of which lowers to one loop nest that reads its inputs and writes its
 * outputs once. Values that leave the tensor level (returned, read by {@code extract}, or a
 * matmul operand other than a transposed buffer) are materialised by a group of their own.
 */
public final class FuseGroupsPass implements Pass {
  @Override
  public String name() {
    return "fuse-groups";
  }

  @Override
  public boolean run(ModuleOp module, OpRegistry registry, Diagnostics diagnostics) {
    for (FuncOp f : module.functions()) {
      fuse(f, new Rewriter(registry));
    }
    return true;
  }

  private void fuse(FuncOp f, Rewriter rewriter) {
    Block body = f.body();
    List<Operation> ops = new ArrayList<>(body.operations());
    ops.removeLast(); // the terminator
    FusionPlan plan = new FusionPlan();
    plan.plan(ops);
    materializeFreeValues(ops, body.terminator(), plan);

    Map<Object, Integer> firstIndex = new HashMap<>();
    List<Object> nodes = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      Operation op = ops.get(i);
      Object node = plan.groupOf.containsKey(op) ? plan.groupOf.get(op) : op;
      if (!firstIndex.containsKey(node)) {
        firstIndex.put(node, i);
        nodes.add(node);
      }
    }
    List<Object> ordered = topologicalOrder(nodes, plan);
    Operation terminator = body.terminator();
    for (Object node : ordered) {
      rewriter.before(terminator);
      if (node instanceof Operation op) {
        rewriter.move(op);
      } else {
        buildGroup((FusionPlan.Group) node, plan, rewriter);
      }
    }
  }

  /** Gives a group to free values that must exist in memory. */
  private static void materializeFreeValues(List<Operation> ops, Operation terminator, FusionPlan plan) {
    List<Operation> users = new ArrayList<>(ops);
    users.add(terminator);
    for (Operation user : users) {
      if (plan.groupOf.containsKey(user) && !(user instanceof MatmulOp) || FusionPlan.isFree(user)
          || user instanceof DimOp) {
        continue;
      }
      for (int i = 0; i < user.operands().size(); i++) {
        Operation def = user.operand(i).definingOp();
        if (def == null || !FusionPlan.isFree(def) || plan.groupOf.containsKey(def)) {
          continue;
        }
        if (user instanceof MatmulOp && def instanceof TransposeOp t && swapsLastTwo(t)
            && (t.operand(0).definingOp() == null || !FusionPlan.isFree(t.operand(0).definingOp()))) {
          continue; // read through swapped strides
        }
        FusionPlan.Group g = new FusionPlan.Group(GroupOp.Kind.ELEMENTWISE, def.result().shaped().shape());
        g.members.add(def);
        plan.groupOf.put(def, g);
        plan.groups.add(g);
      }
    }
  }

  /** Whether {@code t} swaps exactly the last two axes. */
  public static boolean swapsLastTwo(TransposeOp t) {
    List<Integer> p = t.perm();
    int n = p.size();
    if (n < 2) {
      return false;
    }
    for (int i = 0; i < n - 2; i++) {
      if (p.get(i) != i) {
        return false;
      }
    }
    return p.get(n - 2) == n - 1 && p.get(n - 1) == n - 2;
  }

  private static List<Object> topologicalOrder(List<Object> nodes, FusionPlan plan) {
    List<Object> out = new ArrayList<>();
    Set<Object> done = new HashSet<>();
    Set<Object> visiting = new HashSet<>();
    for (Object n : nodes) {
      visit(n, plan, done, visiting, out);
    }
    return out;
  }

  private static void visit(Object node, FusionPlan plan, Set<Object> done, Set<Object> visiting, List<Object> out) {
    if (done.contains(node) || !visiting.add(node)) {
      return;
    }
    List<Operation> members = node instanceof FusionPlan.Group g ? g.members : List.of((Operation) node);
    for (Operation m : members) {
      for (Operation def : definingOps(m, plan)) {
        boolean cloned = FusionPlan.isFree(def) && !plan.groupOf.containsKey(def) && node instanceof FusionPlan.Group;
        Object dep = plan.groupOf.containsKey(def) ? plan.groupOf.get(def) : def;
        if (!cloned && dep != node && def.parentOp() instanceof FuncOp) {
          visit(dep, plan, done, visiting, out);
        }
      }
    }
    visiting.remove(node);
    done.add(node);
    out.add(node);
  }

  /** The ops whose results {@code op} needs, looking through ungrouped free ops. */
  private static Set<Operation> definingOps(Operation op, FusionPlan plan) {
    Set<Operation> out = new LinkedHashSet<>();
    for (Value v : op.operands()) {
      Operation def = v.definingOp();
      if (def == null) {
        continue;
      }
      out.add(def);
      if (FusionPlan.isFree(def) && !plan.groupOf.containsKey(def)) {
        out.addAll(definingOps(def, plan));
      }
    }
    return out;
  }

  private static void buildGroup(FusionPlan.Group g, FusionPlan plan, Rewriter rewriter) {
    Set<Operation> members = new HashSet<>(g.members);
    List<Value> inputs = new ArrayList<>();
    for (Operation m : g.members) {
      collectInputs(m, members, plan, inputs);
    }
    List<OpResult> outputs = new ArrayList<>();
    for (Operation m : g.members) {
      for (OpResult r : m.results()) {
        if (r.uses().stream().anyMatch(u -> !members.contains(u.user()))) {
          outputs.add(r);
        }
      }
    }
    Block body = new Block();
    IRMapping mapping = new IRMapping();
    for (Value in : inputs) {
      mapping.map(in, body.addArgument(in.type(), in.nameHint()));
    }
    Rewriter inner = new Rewriter(rewriter.registry());
    inner.atEnd(body);
    for (Operation m : g.members) {
      for (Value v : m.operands()) {
        cloneFreeChain(v, members, plan, inner, mapping);
      }
      inner.clone(m, mapping);
    }
    inner.create(new OperationState(YieldOp.NAME, g.members.getLast().location())
        .operands(outputs.stream().map(mapping::lookup).toList()));
    List<Type> types = outputs.stream().map(Value::type).toList();
    Operation group = rewriter.create(GroupOp.state(g.finalKind, inputs, types, body,
        g.members.getFirst().location()));
    for (int i = 0; i < outputs.size(); i++) {
      group.result(i).setNameHint(outputs.get(i).nameHint());
      outputs.get(i).replaceAllUsesWith(group.result(i));
    }
    for (Operation m : g.members.reversed()) {
      rewriter.erase(m);
    }
  }

  private static void collectInputs(Operation op, Set<Operation> members, FusionPlan plan, List<Value> inputs) {
    for (Value v : op.operands()) {
      Operation def = v.definingOp();
      if (def != null && members.contains(def)) {
        continue;
      }
      if (def != null && FusionPlan.isFree(def) && !plan.groupOf.containsKey(def)) {
        collectInputs(def, members, plan, inputs);
      } else if (!inputs.contains(v)) {
        inputs.add(v);
      }
    }
  }

  private static void cloneFreeChain(Value v, Set<Operation> members, FusionPlan plan, Rewriter b, IRMapping mapping) {
    Operation def = v.definingOp();
    if (mapping.contains(v) || def == null || members.contains(def) || !FusionPlan.isFree(def)
        || plan.groupOf.containsKey(def)) {
      return;
    }
    for (Value o : def.operands()) {
      cloneFreeChain(o, members, plan, b, mapping);
    }
    b.clone(def, mapping);
  }
}
