package dev.strata.processor.base;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.strata.ir.core.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * Turns javac trees into IR {@link Location}s and remembers, for each location handed out, the
 * tree it came from, so that a diagnostic raised on an op (even by a later pass) lands on the
 * exact tree of the user's source.
 *
 * <p>A location names the file's simple name and the 1-based line and column of the tree's
 * preferred position: the method name of a call ({@code matmul} in {@code x.matmul(w)}), the start
 * of any other tree. The map lives for one processing round; trees are not valid across rounds.
 */
public final class SourceLocations {
  private final Trees trees;
  private final SourcePositions positions;
  private final Map<Location, TreePath> origins = new HashMap<>();

  /** Locations for trees of the compilation {@code trees} belongs to. */
  public SourceLocations(Trees trees) {
    this.trees = trees;
    this.positions = trees.getSourcePositions();
  }

  /** The location of the leaf of {@code path}, recorded so that {@link #origin} finds it again. */
  public Location locate(TreePath path) {
    CompilationUnitTree unit = path.getCompilationUnit();
    long pos = preferredPosition(unit, path.getLeaf());
    if (pos == Diagnostic.NOPOS) {
      return Location.UNKNOWN;
    }
    LineMap lines = unit.getLineMap();
    Location loc = new Location(fileName(unit), (int) lines.getLineNumber(pos),
        (int) lines.getColumnNumber(pos));
    origins.putIfAbsent(loc, path);
    return loc;
  }

  /** The tree a location was made from, if it was made by this object in this round. */
  public Optional<TreePath> origin(Location location) {
    return Optional.ofNullable(origins.get(location));
  }

  /** Forgets every recorded tree; called at the end of a round. */
  public void clear() {
    origins.clear();
  }

  /** The simple name of {@code unit}'s source file, such as {@code Nn.java}. */
  public static String fileName(CompilationUnitTree unit) {
    String name = unit.getSourceFile().getName();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  /** The source file name of the tree at {@code path}. */
  public String fileName(TreePath path) {
    return fileName(path.getCompilationUnit());
  }

  private long preferredPosition(CompilationUnitTree unit, Tree tree) {
    if (tree instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      long end = positions.getEndPosition(unit, select);
      if (end != Diagnostic.NOPOS) {
        return end - select.getIdentifier().length();
      }
    }
    if (tree instanceof MethodTree method && method.getReturnType() != null) {
      return nameAfter(unit, method.getReturnType(), method.getName(), tree);
    }
    if (tree instanceof VariableTree variable && variable.getType() != null) {
      return nameAfter(unit, variable.getType(), variable.getName(), tree);
    }
    return tree == null ? Diagnostic.NOPOS : positions.getStartPosition(unit, tree);
  }

  /** Where {@code name} first appears after {@code before}: a declaration's name. */
  private long nameAfter(CompilationUnitTree unit, Tree before, CharSequence name, Tree tree) {
    long start = positions.getStartPosition(unit, tree);
    long from = positions.getEndPosition(unit, before);
    if (from == Diagnostic.NOPOS) {
      return start;
    }
    try {
      int at = unit.getSourceFile().getCharContent(true).toString().indexOf(name.toString(), (int) from);
      return at < 0 ? start : at;
    } catch (IOException e) {
      return start;
    }
  }

  /** The {@link Trees} these locations are computed with. */
  public Trees trees() {
    return trees;
  }
}
