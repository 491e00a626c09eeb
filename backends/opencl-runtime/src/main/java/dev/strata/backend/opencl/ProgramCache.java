package dev.strata.backend.opencl;

import dev.strata.device.DeviceException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * The programs one device has built, by source and options. Each program is built once, however
 * many threads ask for it at the same time; a program that does not compile is remembered too,
 * and every caller gets an exception carrying the build log. Failures for lack of resources are
 * not remembered, so a later call tries again.
 *
 * <p>A failed build is tried {@value #ATTEMPTS} times before it is remembered. PoCL's compiler
 * (LLVM) registers handlers that delete its temporary files on a fatal signal; until {@link
 * JvmSignalHandlers} puts the JVM's handlers back after the build, a signal the JVM raises on
 * another thread for its own purposes (a safepoint poll during a garbage collection) runs them,
 * and the build fails with "unable to rename temporary". Once a build has run without such a
 * signal, LLVM keeps its registration and never replaces the JVM's handlers again, so trying again
 * usually succeeds; a program that really does not compile costs a few more builds, once. A
 * build that still lost its temporary files is not remembered either: the call falls back to the
 * CPU (or fails, under strict mode), and a later one builds again.
 */
final class ProgramCache {
  /** How many times a build that fails is tried before the failure is remembered. */
  static final int ATTEMPTS = 4;
  private static final System.Logger LOG = System.getLogger("dev.strata.device");
  /** What LLVM's log says when a signal handler deleted its temporary files mid-build. */
  private static final String LOST_TEMPORARY = "unable to rename temporary";

  private final OpenClDevice device;
  private final cl_context context;
  private final cl_device_id deviceId;
  private final ConcurrentMap<Key, Slot> slots = new ConcurrentHashMap<>();
  private final AtomicInteger builds = new AtomicInteger();

  ProgramCache(OpenClDevice device, cl_context context, cl_device_id deviceId) {
    this.device = device;
    this.context = context;
    this.deviceId = deviceId;
  }

  OpenClProgram get(String source, String options) throws DeviceException {
    return slots.computeIfAbsent(new Key(source, options), Slot::new).get();
  }

  /** How many times the driver's compiler ran, successfully or not. */
  int builds() {
    return builds.get();
  }

  private record Key(String source, String options) {}

  /** What a build left behind: a program or the message of its failure. */
  private record Outcome(OpenClProgram program, String failure) {}

  /** One cache entry; the first caller builds while the others wait on the monitor. */
  private final class Slot {
    private final Key key;
    private volatile Outcome outcome;

    Slot(Key key) {
      this.key = key;
    }

    OpenClProgram get() throws DeviceException {
      Outcome done = outcome;
      if (done == null) {
        synchronized (this) {
          done = outcome;
          if (done == null) {
            done = build(key);
            outcome = done;
          }
        }
      }
      if (done.failure() != null) {
        throw new DeviceException(DeviceException.Kind.BUILD, done.failure(), null);
      }
      return done.program();
    }
  }

  private Outcome build(Key key) throws DeviceException {
    Outcome outcome = buildOnce(key);
    for (int attempt = 2; outcome.failure() != null && attempt <= ATTEMPTS; attempt++) {
      LOG.log(System.Logger.Level.DEBUG, "OpenCL program build failed; attempt {0} of {1}", attempt, ATTEMPTS);
      outcome = buildOnce(key);
    }
    if (outcome.failure() != null && outcome.failure().contains(LOST_TEMPORARY)) {
      // Not the program's fault: not remembered, so a later call builds it again.
      throw new DeviceException(DeviceException.Kind.BUILD, outcome.failure(), null);
    }
    return outcome;
  }

  private Outcome buildOnce(Key key) throws DeviceException {
    builds.incrementAndGet();
    cl_program program;
    try {
      int[] status = new int[1];
      program = CL.clCreateProgramWithSource(context, 1, new String[] {key.source()}, null,
          status);
      ClStatus.check(status[0], "clCreateProgramWithSource");
    } catch (CLException e) {
      throw failure(e, "creating an OpenCL program");
    }
    try {
      int built = JvmSignalHandlers.preserving("Building an OpenCL program", () ->
          CL.clBuildProgram(program, 1, new cl_device_id[] {deviceId}, key.options(), null, null));
      ClStatus.check(built, "clBuildProgram");
      return new Outcome(new OpenClProgram(device, program, kernelNames(program)), null);
    } catch (CLException e) {
      String log = buildLogOrNote(program);
      ClStatus.releaseQuietly(() -> CL.clReleaseProgram(program), "clReleaseProgram");
      if (ClStatus.isOutOfResources(e.getStatus())) {
        throw failure(e, "building an OpenCL program");
      }
      return new Outcome(null, "OpenCL program build failed on device '" + device.info().name()
          + "' (" + device.info().platform() + ") with options '" + key.options() + "': "
          + ClStatus.name(e.getStatus()) + "\nBuild log:\n" + log);
    }
  }

  private static Set<String> kernelNames(cl_program program) {
    int[] count = new int[1];
    ClStatus.check(CL.clCreateKernelsInProgram(program, 0, null, count),
        "clCreateKernelsInProgram");
    cl_kernel[] kernels = new cl_kernel[count[0]];
    if (kernels.length == 0) {
      return Set.of();
    }
    ClStatus.check(CL.clCreateKernelsInProgram(program, kernels.length, kernels, null),
        "clCreateKernelsInProgram");
    Set<String> names = new LinkedHashSet<>();
    try {
      for (cl_kernel kernel : kernels) {
        names.add(ClQuery.kernelString(kernel, CL.CL_KERNEL_FUNCTION_NAME));
      }
    } finally {
      for (cl_kernel kernel : kernels) {
        ClStatus.releaseQuietly(() -> CL.clReleaseKernel(kernel), "clReleaseKernel");
      }
    }
    return names;
  }

  private String buildLogOrNote(cl_program program) {
    try {
      String log = ClQuery.buildLog(program, deviceId);
      return log.isEmpty() ? "(the compiler wrote no log)" : log;
    } catch (CLException e) {
      return "(the build log could not be read: " + ClStatus.name(e.getStatus()) + ")";
    }
  }

  private DeviceException failure(CLException e, String action) {
    DeviceException.Kind kind = ClStatus.isOutOfResources(e.getStatus())
        ? DeviceException.Kind.OUT_OF_RESOURCES
        : DeviceException.Kind.BUILD;
    return new DeviceException(kind, action + " on device '" + device.info().name()
        + "' failed: " + ClStatus.name(e.getStatus()), e);
  }
}
