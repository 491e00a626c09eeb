package dev.strata.runtime.device;

import dev.strata.device.Device;
import dev.strata.device.DeviceBackend;
import dev.strata.device.DeviceInfo;
import dev.strata.device.Discovery;
import dev.strata.runtime.Devices;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where groups run: the device chosen once per JVM from {@code strata.device} and the registered
 * back ends, the small-work threshold, strict mode, and the logging of every fallback.
 *
 * <p>{@code auto} takes the best GPU or accelerator of the first back end that has one (a CPU
 * seen through a device API, such as PoCL, is never better than Strata's own CPU code, so it is
 * only used when named) and keeps groups of fewer than {@link #MIN_DEVICE_ELEMENTS} elements on
 * the CPU, where a launch and its transfers would cost more than the work. Naming a back end
 * ({@code opencl}) forces every group there that it can run, small or not, on its best device.
 * {@code cpu} uses no device.
 */
public final class Placement {
  /**
   * Groups touching fewer elements than this stay on the CPU under {@code auto}: below it, a
   * launch plus the copies in and out take longer than the CPU loops on the machines measured.
   * Set with {@code -Dstrata.device.minElements}.
   */
  public static final long MIN_DEVICE_ELEMENTS = minDeviceElements();

  private static final String MIN_ELEMENTS = "strata.device.minElements";

  /**
   * The property that pins groups to the CPU even where a device could run them: a comma-separated
   * list of {@code Class.method#group} entries (e.g. {@code Nn.attention#1}), or {@code alternate}
   * for every odd-numbered group of every kernel. It is for checking a device's results and for
   * testing mixed plans (a CPU group between device groups); a pinned group is not a fallback.
   */
  public static final String CPU_GROUPS = "strata.device.cpuGroups";

  private static final System.Logger LOG = System.getLogger("dev.strata.device");
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
  private static volatile Choice choice;
  private static volatile Pins pins;

  /**
   * The device chosen for this JVM.
   *
   * @param device the device, or {@code null} to run everything on the CPU
   * @param forced whether the user named the back end (then no small-work threshold applies and
   *     a missing device is a fallback)
   * @param why why there is no device, when there is none
   */
  record Choice(Device device, boolean forced, String why) {}

  private Placement() {}

  /**
   * Whether every fallback is an error: {@code -Dstrata.strict=true} or {@code STRATA_STRICT=true}.
   *
   * @return whether strict mode is on
   */
  public static boolean strict() {
    String v = strictSetting();
    return v != null && v.trim().equalsIgnoreCase("true");
  }

  private static String strictSetting() {
    String p = System.getProperty("strata.strict");
    return p != null ? p : System.getenv("STRATA_STRICT");
  }

  /**
   * Checks the placement options a kernel call reads: {@code strata.strict} (or
   * {@code STRATA_STRICT}) is {@code true} or {@code false}, {@value #MIN_ELEMENTS} a non-negative
   * count, {@link #CPU_GROUPS} a list of {@code Class.method#group} or {@code alternate}. Called at
   * the entry of every generated kernel, so a mistyped option fails the call instead of quietly
   * meaning something else.
   *
   * @throws IllegalArgumentException naming the option and its value
   */
  public static void checkOptions() {
    String strict = strictSetting();
    if (strict != null && !strict.isBlank() && !strict.trim().equalsIgnoreCase("true")
        && !strict.trim().equalsIgnoreCase("false")) {
      String name = System.getProperty("strata.strict") != null ? "strata.strict" : "STRATA_STRICT";
      throw new IllegalArgumentException(name + "=" + strict + ": expected true or false");
    }
    String min = System.getProperty(MIN_ELEMENTS);
    if (min != null && parseCount(min) < 0) {
      throw new IllegalArgumentException(MIN_ELEMENTS + "=" + min + ": expected a non-negative element count");
    }
    pins();
  }

  /** The parsed {@link #CPU_GROUPS}, read once; a bad value throws at every call. */
  private static Pins pins() {
    Pins p = pins;
    if (p == null) {
      p = Pins.parse(System.getProperty(CPU_GROUPS, ""));
      pins = p;
    }
    return p;
  }

  private static long minDeviceElements() {
    String min = System.getProperty(MIN_ELEMENTS);
    long n = min == null ? -1 : parseCount(min);
    return n >= 0 ? n : 1L << 16; // an invalid value fails every call in checkOptions
  }

  private static long parseCount(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The names of the registered device back ends.
   *
   * @return back-end names, e.g. {@code [opencl]}
   */
  public static List<String> backends() {
    return loader().stream().map(p -> p.get().name()).toList();
  }

  static Choice choice() {
    Choice c = choice;
    if (c == null) {
      synchronized (Placement.class) {
        c = choice;
        if (c == null) {
          c = choose(Devices.requested());
          choice = c;
        }
      }
    }
    return c;
  }

  static Choice choose(String requested) {
    if (requested.equals("cpu")) {
      return new Choice(null, false, "strata.device=cpu");
    }
    boolean forced = !requested.equals("auto");
    StringBuilder reasons = new StringBuilder();
    for (ServiceLoader.Provider<DeviceBackend> p : loader().stream().toList()) {
      DeviceBackend backend = p.get();
      if (forced && !backend.name().equals(requested)) {
        continue;
      }
      Discovery d = backend.discover();
      List<Device> usable = forced ? d.devices()
          : d.devices().stream().filter(x -> x.info().kind() != DeviceInfo.Kind.CPU).toList();
      if (!usable.isEmpty()) {
        Device device = usable.getFirst();
        LOG.log(Level.INFO, "Strata runs device groups on {0}: {1} ({2})", backend.name(), device.info().name(),
            device.info().platform());
        return new Choice(device, forced, "");
      }
      String why = d.devices().isEmpty() ? d.reason()
          : "only CPU devices (" + d.devices().getFirst().info().name() + "), which Strata's CPU code beats;"
              + " -Dstrata.device=" + backend.name() + " uses them";
      reasons.append(reasons.isEmpty() ? "" : "; ").append(backend.name()).append(": ").append(why);
    }
    String why = reasons.isEmpty() ? "no device back end on the class path" : reasons.toString();
    LOG.log(forced ? Level.WARNING : Level.INFO, "Strata found no device, groups run on the CPU: {0}", why);
    return new Choice(null, forced, why);
  }

  private static ServiceLoader<DeviceBackend> loader() {
    return ServiceLoader.load(DeviceBackend.class, Placement.class.getClassLoader());
  }

  /** Whether {@link #CPU_GROUPS} pins {@code group} of {@code kernel} to the CPU. */
  static boolean pinnedToCpu(KernelPlan kernel, GroupPlan group) {
    Pins p = pins();
    return p.alternate() ? group.index() % 2 == 1 : p.groups().contains(kernel.kernel() + "#" + group.index());
  }

  /** Forgets the parsed {@link #CPU_GROUPS}, so that the next launch reads it again (for tests). */
  static void reloadPins() {
    pins = null;
  }

  /** The parsed {@link #CPU_GROUPS}. */
  private record Pins(boolean alternate, Set<String> groups) {
    static Pins parse(String spec) {
      Set<String> groups = new java.util.HashSet<>();
      boolean alternate = false;
      for (String entry : spec.split(",")) {
        String e = entry.trim();
        if (e.equals("alternate")) {
          alternate = true;
        } else if (e.matches("[\\w$.]+#\\d+")) {
          groups.add(e);
        } else if (!e.isEmpty()) {
          throw new IllegalArgumentException(CPU_GROUPS + ": '" + e
              + "' is neither 'alternate' nor Class.method#group (e.g. Nn.attention#1)");
        }
      }
      return new Pins(alternate, Set.copyOf(groups));
    }
  }

  /**
   * Records a group that could have run on a device but runs on the CPU: counted, logged (a
   * warning the first time for each kernel, group and reason), and an exception in strict mode.
   */
  static void fallBack(KernelPlan kernel, GroupPlan group, String reason) {
    DeviceStats.fellBack();
    String message = "kernel " + kernel.kernel() + ", group " + group.index() + " (" + group.description()
        + ") runs on the CPU: " + reason;
    if (strict()) {
      throw new DeviceFallbackException(message);
    }
    // One warning per kernel, group and kind of reason: a build log's first line, not the
    // temporary file names and line numbers that differ from one failed build to the next.
    String kind = reason.lines().findFirst().orElse("");
    Level level = WARNED.add(kernel.kernel() + "/" + group.index() + "/" + kind) ? Level.WARNING : Level.DEBUG;
    LOG.log(level, message);
  }
}
