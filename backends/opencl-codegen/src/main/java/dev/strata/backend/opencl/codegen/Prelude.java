package dev.strata.backend.opencl.codegen;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The helper functions one program calls, collected while its kernel is written. */
final class Prelude {
  private final Set<PreludeFunction> used = EnumSet.noneOf(PreludeFunction.class);

  /** A call of {@code f} with {@code args}; {@code f} and what it needs join the prelude. */
  String call(PreludeFunction f, String... args) {
    use(f);
    return f.function() + "(" + String.join(", ", args) + ")";
  }

  private void use(PreludeFunction f) {
    if (used.add(f)) {
      f.needs().forEach(this::use);
    }
  }

  /** Whether nothing was called. */
  boolean isEmpty() {
    return used.isEmpty();
  }

  /** The definitions of every helper called, dependencies first, separated by blank lines. */
  String source() {
    return used.stream().map(PreludeFunction::source).collect(Collectors.joining("\n"));
  }
}
