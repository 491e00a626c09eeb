package dev.strata.backend.cpu;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Finds the Vector API variants of generated loop methods. Each generated class keeps its vector
 * loops in a companion class compiled with {@code jdk.incubator.vector}; when that module is
 * absent (or {@code -Dstrata.cpu.vector=false}), {@link #find} returns null and the plain Java
 * loops run instead.
 */
public final class VectorKernels {
  private VectorKernels() {}

  /** The static method {@code name} of class {@code className}, or null when vector code cannot run. */
  public static MethodHandle find(MethodHandles.Lookup lookup, String className, String name, MethodType type) {
    if (!VectorSupport.available()) {
      return null;
    }
    try {
      Class<?> c = Class.forName(className, true, lookup.lookupClass().getClassLoader());
      return lookup.findStatic(c, name, type);
    } catch (ReflectiveOperationException | LinkageError e) {
      System.getLogger(VectorKernels.class.getName()).log(System.Logger.Level.WARNING,
          "vector code " + className + "." + name + " cannot be loaded; using plain Java loops: " + e);
      return null;
    }
  }

  /** Rethrows what a vector loop threw, unchecked. */
  public static RuntimeException propagate(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }
}
