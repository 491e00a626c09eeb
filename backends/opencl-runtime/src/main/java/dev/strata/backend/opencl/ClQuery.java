package dev.strata.backend.opencl;

import java.nio.charset.StandardCharsets;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;

/** Reads platform, device and program properties through {@code clGet*Info}. */
final class ClQuery {
  private ClQuery() {}

  /** Every platform the ICD loader knows; throws {@link CLException} when there is none. */
  static cl_platform_id[] platforms() {
    int[] count = new int[1];
    ClStatus.check(CL.clGetPlatformIDs(0, null, count), "clGetPlatformIDs");
    if (count[0] == 0) {
      throw new CLException("clGetPlatformIDs found no platform", CL.CL_PLATFORM_NOT_FOUND_KHR);
    }
    cl_platform_id[] platforms = new cl_platform_id[count[0]];
    ClStatus.check(CL.clGetPlatformIDs(platforms.length, platforms, null), "clGetPlatformIDs");
    return platforms;
  }

  /** The platform's devices of the given types, empty when it has none of them. */
  static cl_device_id[] devices(cl_platform_id platform, long types) {
    int[] count = new int[1];
    try {
      int status = CL.clGetDeviceIDs(platform, types, 0, null, count);
      if (status == CL.CL_DEVICE_NOT_FOUND) {
        return new cl_device_id[0];
      }
      ClStatus.check(status, "clGetDeviceIDs");
    } catch (CLException e) {
      if (e.getStatus() == CL.CL_DEVICE_NOT_FOUND) {
        return new cl_device_id[0];
      }
      throw e;
    }
    cl_device_id[] devices = new cl_device_id[count[0]];
    ClStatus.check(CL.clGetDeviceIDs(platform, types, devices.length, devices, null),
        "clGetDeviceIDs");
    return devices;
  }

  static String platformString(cl_platform_id platform, int param) {
    long[] size = new long[1];
    ClStatus.check(CL.clGetPlatformInfo(platform, param, 0, null, size), "clGetPlatformInfo");
    byte[] bytes = new byte[(int) size[0]];
    ClStatus.check(CL.clGetPlatformInfo(platform, param, bytes.length, Pointer.to(bytes), null),
        "clGetPlatformInfo");
    return text(bytes);
  }

  static String deviceString(cl_device_id device, int param) {
    long[] size = new long[1];
    ClStatus.check(CL.clGetDeviceInfo(device, param, 0, null, size), "clGetDeviceInfo");
    byte[] bytes = new byte[(int) size[0]];
    ClStatus.check(CL.clGetDeviceInfo(device, param, bytes.length, Pointer.to(bytes), null),
        "clGetDeviceInfo");
    return text(bytes);
  }

  /** A {@code cl_uint} or {@code cl_bool} property. */
  static int deviceInt(cl_device_id device, int param) {
    int[] value = new int[1];
    ClStatus.check(CL.clGetDeviceInfo(device, param, Sizeof.cl_uint, Pointer.to(value), null),
        "clGetDeviceInfo");
    return value[0];
  }

  /** A {@code cl_ulong} or {@code cl_bitfield} property. */
  static long deviceLong(cl_device_id device, int param) {
    long[] value = new long[1];
    ClStatus.check(CL.clGetDeviceInfo(device, param, Sizeof.cl_ulong, Pointer.to(value), null),
        "clGetDeviceInfo");
    return value[0];
  }

  /** A {@code size_t} property. */
  static long deviceSize(cl_device_id device, int param) {
    return deviceSizes(device, param, 1)[0];
  }

  /** A {@code size_t[count]} property. */
  static long[] deviceSizes(cl_device_id device, int param, int count) {
    if (Sizeof.size_t == Sizeof.cl_ulong) {
      long[] values = new long[count];
      ClStatus.check(CL.clGetDeviceInfo(device, param, (long) Sizeof.size_t * count,
          Pointer.to(values), null), "clGetDeviceInfo");
      return values;
    }
    int[] narrow = new int[count];
    ClStatus.check(CL.clGetDeviceInfo(device, param, (long) Sizeof.size_t * count,
        Pointer.to(narrow), null), "clGetDeviceInfo");
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      values[i] = Integer.toUnsignedLong(narrow[i]);
    }
    return values;
  }

  static String kernelString(cl_kernel kernel, int param) {
    long[] size = new long[1];
    ClStatus.check(CL.clGetKernelInfo(kernel, param, 0, null, size), "clGetKernelInfo");
    byte[] bytes = new byte[(int) size[0]];
    ClStatus.check(CL.clGetKernelInfo(kernel, param, bytes.length, Pointer.to(bytes), null),
        "clGetKernelInfo");
    return text(bytes);
  }

  /** A {@code cl_uint} kernel property. */
  static int kernelInt(cl_kernel kernel, int param) {
    int[] value = new int[1];
    ClStatus.check(CL.clGetKernelInfo(kernel, param, Sizeof.cl_uint, Pointer.to(value), null),
        "clGetKernelInfo");
    return value[0];
  }

  /** The compiler's log for the last build of {@code program} on {@code device}. */
  static String buildLog(cl_program program, cl_device_id device) {
    long[] size = new long[1];
    ClStatus.check(CL.clGetProgramBuildInfo(program, device, CL.CL_PROGRAM_BUILD_LOG, 0, null,
        size), "clGetProgramBuildInfo");
    byte[] bytes = new byte[(int) size[0]];
    ClStatus.check(CL.clGetProgramBuildInfo(program, device, CL.CL_PROGRAM_BUILD_LOG,
        bytes.length, Pointer.to(bytes), null), "clGetProgramBuildInfo");
    return text(bytes);
  }

  /** A C string from the driver: up to the first NUL, trailing blanks removed. */
  private static String text(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8).strip();
  }
}
