package dev.strata.processor.writing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated vector class in process, with {@code jdk.incubator.vector} added, so that
 * the user's own build needs no compiler flag for the incubating module: the user's javac only
 * sees the main generated class, which reaches the vector class through method handles.
 */
final class VectorClassCompiler {
  private VectorClassCompiler() {}

  /** Compiles {@code source} (class {@code binaryName}) and returns the class files by binary name. */
  static Map<String, byte[]> compile(String binaryName, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler to compile the vector code");
    }
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    StandardJavaFileManager std = javac.getStandardFileManager(diags, null, null);
    Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
    JavaFileManager fm = new ForwardingJavaFileManager<>(std) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.put(className, bytes);
            return bytes;
          }
        };
      }
    };
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("mem:///" + binaryName.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector", "-proc:none",
        "-nowarn", "-Xlint:none", "-XDsuppressNotes", "-classpath", runtimeClassPath()));
    boolean ok = javac.getTask(null, fm, diags, options, null, List.of(file)).call();
    try {
      fm.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!ok) {
      StringBuilder sb = new StringBuilder("generated vector code does not compile:\n");
      diags.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
      throw new IllegalStateException(sb.toString());
    }
    Map<String, byte[]> classes = new LinkedHashMap<>();
    out.forEach((k, v) -> classes.put(k, v.toByteArray()));
    return classes;
  }

  /** Where {@code dev.strata.internal} lives, which scalar tails of vector loops may call. */
  private static String runtimeClassPath() {
    try {
      var src = dev.strata.internal.HalfFloats.class.getProtectionDomain().getCodeSource();
      return src == null ? "" : Path.of(src.getLocation().toURI()).toString() + File.pathSeparator;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
