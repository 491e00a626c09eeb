package dev.strata.backend.opencl;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Keeps the JVM's signal handlers in place across calls into OpenCL drivers.
 *
 * <p>The JVM turns some hardware signals into Java semantics: SIGFPE from {@code idiv} into the
 * {@code ArithmeticException} of an integer division by zero, SIGSEGV into implicit null checks
 * and safepoint polls, SIGUSR2 into thread suspension. A driver that installs its own handlers for
 * them breaks Java code anywhere in the process: PoCL's SIGFPE handler skips the faulting
 * instruction, so after discovery {@code 7 / 0} quietly gives 7. So, before the first OpenCL call,
 * PoCL is told not to install its SIGFPE and SIGUSR2 handlers ({@code POCL_SIGFPE_HANDLER=0},
 * {@code POCL_SIGUSR2_HANDLER=0} in the process environment), and every call that may load or
 * initialise driver code (discovery, program builds) runs {@link #preserving} the handlers: any the
 * call replaced are put back.
 *
 * <p>Linux only (glibc's {@code sigaction} and {@code setenv} through {@code java.lang.foreign});
 * elsewhere, or if native access is refused, this does nothing and says so once.
 */
final class JvmSignalHandlers {
  private static final System.Logger LOG = System.getLogger("dev.strata.device");
  /** SIGILL, SIGBUS, SIGFPE, SIGSEGV, SIGUSR2 on Linux (x86-64 and AArch64). */
  private static final int[] SIGNALS = {4, 7, 8, 11, 12};
  private static final String[] SIGNAL_NAMES = {"SIGILL", "SIGBUS", "SIGFPE", "SIGSEGV", "SIGUSR2"};
  /** Larger than glibc's {@code struct sigaction} (152 bytes), which is kept opaque. */
  private static final long SIGACTION_BYTES = 256;

  private static final Native NATIVE = Native.load();

  private JvmSignalHandlers() {}

  /** glibc's {@code sigaction} and {@code setenv}, or null where they cannot be had. */
  private record Native(MethodHandle sigaction, MethodHandle setenv) {
    static Native load() {
      if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
        return null;
      }
      try {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        MethodHandle sigaction = linker.downcallHandle(libc.find("sigaction").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                ValueLayout.ADDRESS));
        MethodHandle setenv = linker.downcallHandle(libc.find("setenv").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT));
        Native n = new Native(sigaction, setenv);
        n.disablePoclHandlers();
        return n;
      } catch (Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "Strata cannot guard the JVM's signal handlers against"
            + " OpenCL drivers ({0}); with PoCL, integer division by zero may stop throwing", e.toString());
        return null;
      }
    }

    private void disablePoclHandlers() throws Throwable {
      try (Arena arena = Arena.ofConfined()) {
        for (String name : List.of("POCL_SIGFPE_HANDLER", "POCL_SIGUSR2_HANDLER")) {
          int unused = (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom("0"), 1);
        }
      }
    }
  }

  /**
   * Runs {@code call} and puts back every JVM signal handler it replaced.
   *
   * @param what the call, for the log (e.g. "OpenCL discovery")
   * @param call the call into driver code
   * @return what {@code call} returns
   */
  static <T> T preserving(String what, Supplier<T> call) {
    if (NATIVE == null) {
      return call.get();
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment[] saved = new MemorySegment[SIGNALS.length];
      for (int i = 0; i < SIGNALS.length; i++) {
        saved[i] = arena.allocate(SIGACTION_BYTES);
        sigaction(SIGNALS[i], MemorySegment.NULL, saved[i]);
      }
      try {
        return call.get();
      } finally {
        List<String> restored = new ArrayList<>();
        MemorySegment now = arena.allocate(SIGACTION_BYTES);
        for (int i = 0; i < SIGNALS.length; i++) {
          sigaction(SIGNALS[i], MemorySegment.NULL, now);
          if (now.get(ValueLayout.JAVA_LONG, 0) != saved[i].get(ValueLayout.JAVA_LONG, 0)) {
            sigaction(SIGNALS[i], saved[i], MemorySegment.NULL);
            restored.add(SIGNAL_NAMES[i]);
          }
        }
        if (!restored.isEmpty()) {
          LOG.log(System.Logger.Level.DEBUG, "{0} replaced the JVM''s handlers for {1}; put them back",
              what, restored);
        }
      }
    }
  }

  private static void sigaction(int signal, MemorySegment action, MemorySegment old) {
    try {
      int status = (int) NATIVE.sigaction().invokeExact(signal, action, old);
      if (status != 0) {
        throw new IllegalStateException("sigaction(" + signal + ") failed");
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
