package dev.strata.backend.opencl;

import dev.strata.device.Device;
import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceInfo;
import dev.strata.device.DeviceProgram;
import java.lang.ref.Reference;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_event;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;
import org.jocl.cl_queue_properties;

/**
 * One OpenCL device with its own context and in-order, profiling command queue, created at
 * discovery and kept for the life of the JVM.
 *
 * <p>Thread-safe: any number of threads may allocate, copy, build and launch at once. Every launch
 * gets its own {@code cl_kernel} object, because setting arguments on a shared one races.
 */
public final class OpenClDevice implements Device {
  private static final Pattern VERSION = Pattern.compile("OpenCL (\\d+)\\.(\\d+)");

  private final cl_device_id id;
  private final cl_context context;
  private final cl_command_queue queue;
  private final DeviceInfo info;
  private final DeviceRank rank;
  private final long[] maxItemSizes;
  private final AtomicLong liveBytes = new AtomicLong();
  private final ProgramCache programs;
  private final LastLaunch lastLaunch = new LastLaunch();

  private OpenClDevice(cl_device_id id, cl_context context, cl_command_queue queue,
      DeviceInfo info, DeviceRank rank, long[] maxItemSizes) {
    this.id = id;
    this.context = context;
    this.queue = queue;
    this.info = info;
    this.rank = rank;
    this.maxItemSizes = maxItemSizes;
    this.programs = new ProgramCache(this, context, id);
  }

  /**
   * Reads a device's limits and creates its context and queue.
   *
   * @throws CLException when the driver refuses
   */
  static OpenClDevice open(cl_platform_id platform, String platformName, cl_device_id id) {
    Set<String> extensions = Set.of(
        ClQuery.deviceString(id, CL.CL_DEVICE_EXTENSIONS).split("\\s+"));
    long type = ClQuery.deviceLong(id, CL.CL_DEVICE_TYPE);
    DeviceInfo info = new DeviceInfo(
        ClQuery.deviceString(id, CL.CL_DEVICE_NAME),
        platformName,
        ClQuery.deviceInt(id, CL.CL_DEVICE_MAX_COMPUTE_UNITS),
        ClQuery.deviceSize(id, CL.CL_DEVICE_MAX_WORK_GROUP_SIZE),
        ClQuery.deviceLong(id, CL.CL_DEVICE_LOCAL_MEM_SIZE),
        ClQuery.deviceLong(id, CL.CL_DEVICE_GLOBAL_MEM_SIZE),
        ClQuery.deviceLong(id, CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE),
        extensions.contains("cl_khr_fp64"),
        extensions.contains("cl_khr_fp16"),
        (type & CL.CL_DEVICE_TYPE_GPU) != 0 ? DeviceInfo.Kind.GPU
            : (type & CL.CL_DEVICE_TYPE_CPU) != 0 ? DeviceInfo.Kind.CPU : DeviceInfo.Kind.ACCELERATOR);
    DeviceRank rank = new DeviceRank(type, info.computeUnits());
    int dimensions = ClQuery.deviceInt(id, CL.CL_DEVICE_MAX_WORK_ITEM_DIMENSIONS);
    long[] maxItemSizes = ClQuery.deviceSizes(id, CL.CL_DEVICE_MAX_WORK_ITEM_SIZES, dimensions);
    int major = majorVersion(ClQuery.deviceString(id, CL.CL_DEVICE_VERSION));

    cl_context_properties properties = new cl_context_properties();
    properties.addProperty(CL.CL_CONTEXT_PLATFORM, platform);
    int[] status = new int[1];
    cl_context context = CL.clCreateContext(properties, 1, new cl_device_id[] {id}, null, null,
        status);
    ClStatus.check(status[0], "clCreateContext");
    try {
      return new OpenClDevice(id, context, createQueue(context, id, major), info, rank,
          maxItemSizes);
    } catch (RuntimeException e) {
      ClStatus.releaseQuietly(() -> CL.clReleaseContext(context), "clReleaseContext");
      throw e;
    }
  }

  @SuppressWarnings("deprecation")
  private static cl_command_queue createQueue(cl_context context, cl_device_id id, int major) {
    if (major >= 2) {
      cl_queue_properties properties = new cl_queue_properties();
      properties.addProperty(CL.CL_QUEUE_PROPERTIES, CL.CL_QUEUE_PROFILING_ENABLE);
      int[] status = new int[1];
      cl_command_queue queue = CL.clCreateCommandQueueWithProperties(context, id, properties,
          status);
      ClStatus.check(status[0], "clCreateCommandQueueWithProperties");
      return queue;
    }
    int[] status = new int[1];
    cl_command_queue queue = CL.clCreateCommandQueue(context, id, CL.CL_QUEUE_PROFILING_ENABLE,
        status);
    ClStatus.check(status[0], "clCreateCommandQueue");
    return queue;
  }

  private static int majorVersion(String version) {
    Matcher m = VERSION.matcher(version);
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  @Override
  public String backend() {
    return OpenClBackend.NAME;
  }

  @Override
  public DeviceInfo info() {
    return info;
  }

  /**
   * The device memory held by this device's buffers that are neither closed nor cleaned.
   *
   * @return the live bytes
   */
  public long liveBytes() {
    return liveBytes.get();
  }

  /**
   * The device time of the most recent launch on this device, from the queue's profiling. Waits
   * for that launch to finish, and for nothing else.
   *
   * @return the nanoseconds between the kernel's start and end, or empty before the first launch
   * @throws DeviceException of kind {@link DeviceException.Kind#LAUNCH} if that launch failed
   */
  public OptionalLong lastLaunchNanos() throws DeviceException {
    return lastLaunch.nanos();
  }

  @Override
  public DeviceBuffer allocate(long bytes) throws DeviceException {
    if (bytes < 1) {
      throw new IllegalArgumentException("a buffer needs at least 1 byte, not " + bytes);
    }
    if (bytes > info.maxAllocBytes()) {
      throw new DeviceException(DeviceException.Kind.OUT_OF_RESOURCES, "cannot allocate " + bytes
          + " bytes on " + describe() + ": its largest buffer is " + info.maxAllocBytes()
          + " bytes", null);
    }
    cl_mem memory;
    try {
      int[] status = new int[1];
      memory = CL.clCreateBuffer(context, CL.CL_MEM_READ_WRITE, bytes, null, status);
      ClStatus.check(status[0], "clCreateBuffer");
    } catch (CLException e) {
      throw new DeviceException(DeviceException.Kind.OUT_OF_RESOURCES, "cannot allocate " + bytes
          + " bytes on " + describe() + ": " + ClStatus.name(e.getStatus()), e);
    }
    liveBytes.addAndGet(bytes);
    return new OpenClBuffer(this, memory, bytes, liveBytes);
  }

  @Override
  public void upload(Object source, DeviceBuffer target) throws DeviceException {
    HostArray host = HostArray.of(source);
    OpenClBuffer buffer = own(target);
    cl_mem memory = fitting(host, buffer);
    if (host.bytes() == 0) {
      return;
    }
    try {
      ClStatus.check(CL.clEnqueueWriteBuffer(queue, memory, CL.CL_TRUE, 0, host.bytes(),
          host.pointer(), 0, null, null), "clEnqueueWriteBuffer");
    } catch (CLException e) {
      throw transfer("upload", host.bytes(), e);
    } finally {
      Reference.reachabilityFence(buffer);
    }
  }

  @Override
  public void download(DeviceBuffer source, Object target) throws DeviceException {
    HostArray host = HostArray.of(target);
    OpenClBuffer buffer = own(source);
    cl_mem memory = fitting(host, buffer);
    if (host.bytes() == 0) {
      return;
    }
    try {
      ClStatus.check(CL.clEnqueueReadBuffer(queue, memory, CL.CL_TRUE, 0, host.bytes(),
          host.pointer(), 0, null, null), "clEnqueueReadBuffer");
    } catch (CLException e) {
      throw transfer("download", host.bytes(), e);
    } finally {
      Reference.reachabilityFence(buffer);
    }
  }

  @Override
  public DeviceProgram build(String source, String options) throws DeviceException {
    Objects.requireNonNull(source, "source");
    return programs.get(source, options == null ? "" : options);
  }

  /** How many times this device's compiler ran; lets tests see that the cache works. */
  int programBuilds() {
    return programs.builds();
  }

  @Override
  public void launch(DeviceProgram program, String kernel, Object[] args, long[] globalSize,
      long[] localSize) throws DeviceException {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(globalSize, "globalSize");
    Objects.requireNonNull(localSize, "localSize");
    if (!(program instanceof OpenClProgram built) || built.device() != this) {
      throw new IllegalArgumentException("the program " + program + " was not built by "
          + describe());
    }
    if (!built.kernels().contains(kernel)) {
      throw new DeviceException(DeviceException.Kind.LAUNCH, "the program has no kernel '"
          + kernel + "'; it defines " + built.kernels(), null);
    }
    LaunchShape.check(kernel, globalSize, localSize, info.maxWorkGroupSize(), maxItemSizes);
    KernelArguments.check(this, args);
    cl_kernel handle = createKernel(built, kernel);
    try {
      int parameters = ClQuery.kernelInt(handle, CL.CL_KERNEL_NUM_ARGS);
      if (parameters != args.length) {
        throw new DeviceException(DeviceException.Kind.LAUNCH, "kernel '" + kernel + "' takes "
            + parameters + " arguments, but " + args.length + " were given", null);
      }
      KernelArguments.set(handle, kernel, args);
      cl_event event = new cl_event();
      ClStatus.check(CL.clEnqueueNDRangeKernel(queue, handle, globalSize.length, null,
          globalSize.clone(), localSize.clone(), 0, null, event), "clEnqueueNDRangeKernel");
      lastLaunch.record(event);
    } catch (CLException e) {
      throw launchFailure(kernel, "enqueueing the kernel", e);
    } finally {
      ClStatus.releaseQuietly(() -> CL.clReleaseKernel(handle), "clReleaseKernel");
      Reference.reachabilityFence(args);
    }
  }

  private cl_kernel createKernel(OpenClProgram program, String kernel) throws DeviceException {
    try {
      int[] status = new int[1];
      cl_kernel handle = CL.clCreateKernel(program.handle(), kernel, status);
      ClStatus.check(status[0], "clCreateKernel");
      return handle;
    } catch (CLException e) {
      throw launchFailure(kernel, "creating the kernel", e);
    }
  }

  @Override
  public void finish() throws DeviceException {
    try {
      ClStatus.check(CL.clFinish(queue), "clFinish");
    } catch (CLException e) {
      throw new DeviceException(ClStatus.isOutOfResources(e.getStatus())
          ? DeviceException.Kind.OUT_OF_RESOURCES
          : DeviceException.Kind.LAUNCH,
          "waiting for " + describe() + " failed: " + ClStatus.name(e.getStatus()), e);
    }
  }

  DeviceRank rank() {
    return rank;
  }

  @Override
  public String toString() {
    return "OpenClDevice[" + describe() + "]";
  }

  private String describe() {
    return "OpenCL device '" + info.name() + "' (" + info.platform() + ")";
  }

  private OpenClBuffer own(DeviceBuffer buffer) {
    Objects.requireNonNull(buffer, "buffer");
    if (!(buffer instanceof OpenClBuffer mine) || mine.device() != this) {
      throw new IllegalArgumentException("the buffer " + buffer + " does not belong to "
          + describe());
    }
    return mine;
  }

  /** The buffer's handle, after checking that the host array fits in it. */
  private static cl_mem fitting(HostArray host, OpenClBuffer buffer) {
    cl_mem memory = buffer.memory();
    if (host.bytes() > buffer.bytes()) {
      throw new IllegalArgumentException("the host array of " + host.bytes()
          + " bytes does not fit in the device buffer of " + buffer.bytes() + " bytes");
    }
    return memory;
  }

  private DeviceException transfer(String what, long bytes, CLException e) {
    return new DeviceException(DeviceException.Kind.TRANSFER, "the " + what + " of " + bytes
        + " bytes on " + describe() + " failed: " + ClStatus.name(e.getStatus()), e);
  }

  private DeviceException launchFailure(String kernel, String action, CLException e) {
    DeviceException.Kind kind = ClStatus.isOutOfResources(e.getStatus())
        ? DeviceException.Kind.OUT_OF_RESOURCES
        : DeviceException.Kind.LAUNCH;
    return new DeviceException(kind, action + " '" + kernel + "' on " + describe() + " failed: "
        + ClStatus.name(e.getStatus()), e);
  }
}
