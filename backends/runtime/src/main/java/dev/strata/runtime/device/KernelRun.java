package dev.strata.runtime.device;

import dev.strata.DType;
import dev.strata.Tensor;
import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceInfo;
import dev.strata.device.DeviceProgram;
import dev.strata.internal.TensorData;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of a compiled kernel that has device groups: its buffers, and for each group the
 * decision to launch it on the device or run its CPU loops. Generated code drives it:
 *
 * <pre>{@code
 * try (KernelRun run = KernelRun.begin(PLAN)) {
 *   KernelBuffer in = run.input(x);
 *   KernelBuffer out = run.output(DType.F32, n);
 *   if (!run.launch(0, groups, work, d, in, out)) {
 *     float[] inData = (float[]) in.host(false);
 *     float[] outData = (float[]) out.host(true);
 *     ... the group's CPU loops ...
 *   }
 *   return run.result(out, shape);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: each call makes its own run.
 */
public final class KernelRun implements AutoCloseable {
  /** Explain's reason for a group whose kernel met what Java throws on. */
  static final String TRAPPED = "the device met an integer division by zero (or zero to a negative"
      + " power); the CPU loops run it, throwing as Java does";
  private final KernelPlan plan;
  private final Placement.Choice choice;
  private final List<KernelBuffer> buffers = new ArrayList<>();
  /** The device-resident inputs this call holds until it ends. */
  private final List<DeviceResident> reading = new ArrayList<>();

  private KernelRun(KernelPlan plan, Placement.Choice choice) {
    this.plan = plan;
    this.choice = choice;
  }

  /**
   * Starts a call of the kernel described by {@code plan}.
   *
   * @param plan the kernel's plan
   * @return the run
   */
  public static KernelRun begin(KernelPlan plan) {
    return new KernelRun(plan, Placement.choice());
  }

  /** A call placed by {@code choice} instead of the JVM's; for tests. */
  static KernelRun begin(KernelPlan plan, Placement.Choice choice) {
    return new KernelRun(plan, choice);
  }

  /**
   * A tensor argument as a buffer; its host array is shared, never written.
   *
   * @param tensor the argument
   * @return its buffer
   */
  public KernelBuffer input(Tensor tensor) {
    int length = Math.toIntExact(tensor.numel());
    KernelBuffer b;
    if (TensorData.deviceStorage(tensor) instanceof DeviceResident r && r.acquire()) {
      // Left on a device by an earlier kernel: read it there, copying nothing to the host; held
      // until this call ends, even if another thread closes the tensor meanwhile.
      reading.add(r);
      b = KernelBuffer.resident(tensor.dtype(), length,
          TensorData.onHost(tensor) ? TensorData.storage(tensor) : null, r);
    } else {
      b = new KernelBuffer(tensor.dtype(), length, TensorData.storage(tensor));
    }
    buffers.add(b);
    return b;
  }

  /**
   * A new buffer, allocated where it is first written.
   *
   * @param dtype the element type
   * @param length the number of elements
   * @return the buffer
   */
  public KernelBuffer output(DType dtype, int length) {
    KernelBuffer b = new KernelBuffer(dtype, length, null);
    buffers.add(b);
    return b;
  }

  /**
   * Runs group {@code group} on the device if it should and can: {@code groups} work-groups over
   * the kernel arguments {@code args} ({@link KernelBuffer}s and scalars in parameter order).
   *
   * @param group the group index in the plan
   * @param groups the number of work-groups
   * @param work the elements the group touches, for the small-work threshold
   * @param args the kernel's arguments
   * @return true when it ran on the device; false when the caller must run the CPU loops
   */
  public boolean launch(int group, long groups, long work, Object... args) {
    GroupPlan g = plan.groups().get(group);
    Device device = choice.device();
    if (Placement.pinnedToCpu(plan, g)) {
      Explain.record(plan, g, "cpu", "pinned by " + Placement.CPU_GROUPS);
      return false;
    }
    if (device == null) {
      if (choice.forced()) {
        Placement.fallBack(plan, g, choice.why());
      }
      Explain.record(plan, g, "cpu", choice.why());
      return false;
    }
    if (!choice.forced() && work < Placement.MIN_DEVICE_ELEMENTS) {
      Explain.record(plan, g, "cpu", "small: " + work + " elements < " + Placement.MIN_DEVICE_ELEMENTS);
      return false;
    }
    String why = unfit(g, device.info(), device.backend());
    if (why == null) {
      try {
        boolean trapped = !run(g, device, groups, args);
        DeviceStats.launched();
        if (trapped) {
          // Not a fallback: the CPU loops now throw what Java throws (or, had the device met a
          // zero Java never reaches, compute the result).
          DeviceStats.trapped();
          Explain.record(plan, g, "cpu", TRAPPED);
          return false;
        }
        Explain.record(plan, g, device.backend() + " (" + device.info().name() + ")", "");
        return true;
      } catch (DeviceException e) {
        why = e.kind() + ": " + e.getMessage();
      }
    }
    Placement.fallBack(plan, g, why);
    Explain.record(plan, g, "cpu", why);
    return false;
  }

  /**
   * Records that CPU-only group {@code group} is about to run: a fallback when a device is in
   * use (logged, counted, an error in strict mode).
   *
   * @param group the group index in the plan
   */
  public void cpu(int group) {
    GroupPlan g = plan.groups().get(group);
    if (choice.device() != null || choice.forced()) {
      Placement.fallBack(plan, g, g.cpuOnly());
    }
    Explain.record(plan, g, "cpu", g.cpuOnly());
  }

  private static String unfit(GroupPlan g, DeviceInfo info, String backend) {
    if (!g.sources().containsKey(backend)) {
      return "no " + backend + " kernel was generated for it";
    }
    if (g.requires().contains("fp64") && !info.fp64()) {
      return "device has no cl_khr_fp64";
    }
    if (g.requires().contains("fp16") && !info.fp16()) {
      return "device has no cl_khr_fp16";
    }
    if (g.workgroupSize() > info.maxWorkGroupSize()) {
      return "work-groups of " + g.workgroupSize() + " exceed the device's " + info.maxWorkGroupSize();
    }
    return null;
  }

  /**
   * Runs the group's kernel; false when the kernel set its trap flag, met what Java throws on, so
   * the caller must run the CPU loops instead.
   */
  private boolean run(GroupPlan g, Device device, long groups, Object[] args) throws DeviceException {
    FaultInjection.Fault fault = FaultInjection.active();
    String source = g.sources().get(device.backend());
    if (fault == FaultInjection.Fault.BUILD) {
      source = source + "\n#error injected build failure\n";
    }
    DeviceProgram program = device.build(source, "");
    if (fault == FaultInjection.Fault.OUT_OF_RESOURCES) {
      device.allocate(device.info().maxAllocBytes() + 1).close();
    }
    Object[] deviceArgs = new Object[args.length + (g.traps() ? 1 : 0)];
    for (int i = 0; i < args.length; i++) {
      deviceArgs[i] = switch (args[i]) {
        case KernelBuffer b -> b.onDevice(device);
        case Boolean z -> z ? 1 : 0;
        case Byte v -> (int) v;
        default -> args[i];
      };
    }
    try (DeviceBuffer trap = g.traps() ? device.allocate(Integer.BYTES) : null) {
      if (trap != null) {
        device.upload(new int[] {0}, trap);
        deviceArgs[args.length] = trap;
      }
      if (fault == FaultInjection.Fault.LAUNCH) {
        deviceArgs = java.util.Arrays.copyOf(deviceArgs, Math.max(0, deviceArgs.length - 1));
      }
      if (groups > 0) {
        long wg = g.workgroupSize();
        device.launch(program, g.kernelName(), deviceArgs, new long[] {groups * wg}, new long[] {wg});
        device.finish();
      }
      if (trap != null && groups > 0) {
        int[] flag = new int[1];
        device.download(trap, flag);
        if (flag[0] != 0) {
          return false;
        }
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof KernelBuffer b && g.written().get(i)) {
        b.writtenOnDevice();
      }
    }
    return true;
  }

  /**
   * The tensor holding {@code buffer}: left in device memory when a device wrote it last (the next
   * kernel reads it there; the host copies it on first read), else over the host array.
   *
   * @param buffer the result buffer
   * @param shape the result's shape
   * @return the tensor
   */
  public Tensor result(KernelBuffer buffer, long... shape) {
    DeviceResident resident = buffer.handOver();
    if (resident != null) {
      Tensor t = TensorData.onDevice(buffer.dtype(), resident, shape);
      DeviceScope.track(t);
      return t;
    }
    return TensorData.wrap(buffer.dtype(), buffer.host(false), shape);
  }

  /** Releases every device buffer of this call. */
  @Override
  public void close() {
    for (KernelBuffer b : buffers) {
      b.release();
    }
    for (DeviceResident r : reading) {
      r.endRead();
    }
    reading.clear();
  }
}
