package dev.strata.backend.cpu;

/**
 * Whether the CPU run time may use the incubating Vector API ({@code jdk.incubator.vector}).
 *
 * <p>The Vector API is used when the module is in the boot layer (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}) and the system property {@code strata.cpu.vector}
 * is not {@code false}. Otherwise every routine takes its plain Java path, and the reason is logged
 * once at {@code INFO}. The answer is computed once, on first use.
 *
 * <p>This class never touches a Vector API type, so it loads whether or not the module is present;
 * classes that do are only loaded after {@link #available()} said yes.
 */
public final class VectorSupport {
  /** The Vector API module. */
  public static final String MODULE = "jdk.incubator.vector";
  /** The property that turns the vector path off when set to {@code false}. */
  public static final String PROPERTY = "strata.cpu.vector";

  private VectorSupport() {}

  /**
   * Whether the vector path is to be used.
   *
   * @return true when the Vector API module is present and not disabled by {@value #PROPERTY}
   */
  public static boolean available() {
    return Decision.AVAILABLE;
  }

  /**
   * Why the scalar path must be used, or {@code null} when the vector path may be.
   *
   * @param modulePresent whether {@value #MODULE} is in the boot layer
   * @param property the value of {@value #PROPERTY}, or {@code null} when unset
   */
  static String scalarReason(boolean modulePresent, String property) {
    if (!modulePresent) {
      return "module " + MODULE + " is not in the boot layer (start the JVM with --add-modules " + MODULE + ")";
    }
    if (property != null && property.strip().equalsIgnoreCase("false")) {
      return "system property " + PROPERTY + " is false";
    }
    if (property != null && !property.isBlank() && !property.strip().equalsIgnoreCase("true")) {
      System.getLogger(VectorSupport.class.getName()).log(System.Logger.Level.WARNING,
          "Ignoring {0}={1}: expected true or false", PROPERTY, property);
    }
    return null;
  }

  /** Holds the decision, so that it is made (and logged) once, on first use. */
  private static final class Decision {
    static final boolean AVAILABLE = decide();

    private static boolean decide() {
      String reason = scalarReason(ModuleLayer.boot().findModule(MODULE).isPresent(), System.getProperty(PROPERTY));
      if (reason == null) {
        return true;
      }
      System.getLogger(VectorSupport.class.getName())
          .log(System.Logger.Level.INFO, "Strata CPU kernels use the scalar path: {0}", reason);
      return false;
    }
  }
}
