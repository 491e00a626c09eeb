package dev.strata.processor.validation;

import dev.strata.Kernel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Finds the {@link Kernel} methods of a round, grouped by the class that declares them. */
public final class KernelScanner {
  private KernelScanner() {}

  /**
   * The kernels of {@code round}: for each declaring class (in the order the round lists them),
   * its {@code @Kernel} methods in declaration order.
   */
  public static Map<TypeElement, List<ExecutableElement>> scan(RoundEnvironment round) {
    Set<? extends Element> annotated = round.getElementsAnnotatedWith(Kernel.class);
    Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
    for (Element e : annotated) {
      if (e.getKind() == ElementKind.METHOD && e.getEnclosingElement() instanceof TypeElement owner) {
        byClass.computeIfAbsent(owner, k -> new ArrayList<>());
      }
    }
    for (Map.Entry<TypeElement, List<ExecutableElement>> entry : byClass.entrySet()) {
      for (Element member : entry.getKey().getEnclosedElements()) {
        if (member instanceof ExecutableElement method && annotated.contains(method)) {
          entry.getValue().add(method);
        }
      }
    }
    return byClass;
  }
}
