package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import dev.strata.device.DeviceProgram;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LaunchTest {
  private static OpenClDevice device;
  private static DeviceProgram axpy;

  @BeforeAll
  static void build() throws DeviceException {
    device = RequiredDevice.get();
    axpy = device.build(TestKernels.AXPY, "");
  }

  @Test
  void globalSizeNotAMultipleOfLocalSizeIsRefused() throws DeviceException {
    try (DeviceBuffer x = device.allocate(400); DeviceBuffer y = device.allocate(400)) {
      String message = launchFails(() -> device.launch(axpy, "axpy_f",
          new Object[] {x, y, 1f, 0f, 100}, new long[] {100}, new long[] {64}));
      assertTrue(message.contains("global size 100"), message);
      assertTrue(message.contains("not a multiple of the local size 64"), message);
      assertTrue(message.contains("axpy_f"), message);
    }
  }

  @Test
  void workGroupLargerThanTheDeviceAllowsIsRefused() throws DeviceException {
    long tooMany = device.info().maxWorkGroupSize() * 2;
    try (DeviceBuffer y = device.allocate(4L * tooMany * 2)) {
      DeviceProgram program = device.build(TestKernels.INDEX_2D, "");
      String message = launchFails(() -> device.launch(program, "index2d", new Object[] {y},
          new long[] {tooMany, 2}, new long[] {tooMany / 2, 2}));
      assertTrue(message.contains("exceeds"), message);
    }
  }

  @Test
  void badDimensionsAreRefused() throws DeviceException {
    try (DeviceBuffer y = device.allocate(4096)) {
      Object[] args = {y};
      DeviceProgram program = device.build(TestKernels.INDEX_2D, "");
      assertTrue(launchFails(() -> device.launch(program, "index2d", args,
          new long[] {2, 2, 2, 2}, new long[] {1, 1, 1, 1})).contains("1 to 3 dimensions"));
      assertTrue(launchFails(() -> device.launch(program, "index2d", args,
          new long[] {}, new long[] {})).contains("1 to 3 dimensions"));
      assertTrue(launchFails(() -> device.launch(program, "index2d", args,
          new long[] {8, 8}, new long[] {8})).contains("dimensions"));
      assertTrue(launchFails(() -> device.launch(program, "index2d", args,
          new long[] {0}, new long[] {1})).contains("positive"));
    }
  }

  @Test
  void unknownKernelIsALaunchFailure() {
    String message = launchFails(() -> device.launch(axpy, "no_such_kernel", new Object[0],
        new long[] {1}, new long[] {1}));
    assertTrue(message.contains("no_such_kernel"), message);
    assertTrue(message.contains("axpy_f"), message);
  }

  @Test
  void wrongNumberOfArgumentsIsALaunchFailure() throws DeviceException {
    try (DeviceBuffer x = device.allocate(64)) {
      String message = launchFails(() -> device.launch(axpy, "axpy_f", new Object[] {x, x, 1f},
          new long[] {8}, new long[] {8}));
      assertTrue(message.contains("takes 5 arguments, but 3 were given"), message);
    }
  }

  @Test
  void argumentOfTheWrongSizeIsALaunchFailure() throws DeviceException {
    try (DeviceBuffer x = device.allocate(64); DeviceBuffer y = device.allocate(64)) {
      String message = launchFails(() -> device.launch(axpy, "axpy_f",
          new Object[] {x, y, 1.0, 0f, 8}, new long[] {8}, new long[] {8}));
      assertTrue(message.contains("argument 2"), message);
      assertTrue(message.contains("CL_INVALID_ARG_SIZE"), message);
    }
  }

  @Test
  void unsupportedArgumentTypeIsRefusedWithItsIndexAndClass() throws DeviceException {
    try (DeviceBuffer x = device.allocate(64); DeviceBuffer y = device.allocate(64)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> device.launch(axpy, "axpy_f", new Object[] {x, y, "1", 0f, 8}, new long[] {8},
              new long[] {8}));
      assertTrue(e.getMessage().contains("argument 2"), e.getMessage());
      assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }
  }

  @Test
  void closedBufferArgumentIsRefused() throws DeviceException {
    DeviceBuffer x = device.allocate(64);
    x.close();
    try (DeviceBuffer y = device.allocate(64)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> device.launch(axpy, "axpy_f", new Object[] {x, y, 1f, 0f, 8}, new long[] {8},
              new long[] {8}));
      assertTrue(e.getMessage().contains("argument 0"), e.getMessage());
    }
  }

  @Test
  void bufferOfAnotherDeviceIsRefused() throws DeviceException {
    OpenClDevice other = (OpenClDevice) RequiredDevice.require(new OpenClBackend().discover())
        .devices().getFirst();
    try (DeviceBuffer foreign = other.allocate(64); DeviceBuffer y = device.allocate(64)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> device.launch(axpy, "axpy_f", new Object[] {foreign, y, 1f, 0f, 8},
              new long[] {8}, new long[] {8}));
      assertTrue(e.getMessage().contains("argument 0"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> other.launch(axpy, "axpy_f", new Object[] {foreign, foreign, 1f, 0f, 8},
              new long[] {8}, new long[] {8}));
    }
  }

  @Test
  void lastLaunchTimeIsEmptyBeforeAndPositiveAfter() throws DeviceException {
    OpenClDevice fresh = (OpenClDevice) RequiredDevice.require(new OpenClBackend().discover())
        .devices().getFirst();
    assertEquals(OptionalLong.empty(), fresh.lastLaunchNanos());
    DeviceProgram program = fresh.build(TestKernels.AXPY, "");
    int n = 1 << 16;
    try (DeviceBuffer x = fresh.allocate(4L * n); DeviceBuffer y = fresh.allocate(4L * n)) {
      fresh.upload(new float[n], x);
      fresh.launch(program, "axpy_f", new Object[] {x, y, 2f, 1f, n}, new long[] {n},
          new long[] {64});
      OptionalLong nanos = fresh.lastLaunchNanos();
      assertTrue(nanos.isPresent() && nanos.getAsLong() > 0, nanos.toString());
      float[] back = new float[n];
      fresh.download(y, back);
      assertEquals(1f, back[n - 1]);
    }
  }

  private static String launchFails(Executable launch) {
    DeviceException e = assertThrows(DeviceException.class, launch);
    assertEquals(DeviceException.Kind.LAUNCH, e.kind(), e.getMessage());
    return e.getMessage();
  }
}
