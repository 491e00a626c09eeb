package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.device.DeviceBuffer;
import dev.strata.device.DeviceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MemoryTest {
  private static OpenClDevice device;

  @BeforeAll
  static void device() {
    device = RequiredDevice.get();
  }

  @Test
  void allocationOverTheDeviceLimitIsOutOfResources() {
    long tooBig = device.info().maxAllocBytes() + 1;
    long live = device.liveBytes();
    DeviceException e = assertThrows(DeviceException.class, () -> device.allocate(tooBig));
    assertEquals(DeviceException.Kind.OUT_OF_RESOURCES, e.kind());
    assertTrue(e.getMessage().contains(Long.toString(tooBig)), e.getMessage());
    assertTrue(e.getMessage().contains(device.info().name()), e.getMessage());
    assertEquals(live, device.liveBytes());
  }

  @Test
  void emptyAllocationIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> device.allocate(0));
    assertThrows(IllegalArgumentException.class, () -> device.allocate(-8));
  }

  @Test
  void hostArrayLargerThanTheBufferIsRefusedWithBothSizes() throws DeviceException {
    try (DeviceBuffer buffer = device.allocate(16)) {
      IllegalArgumentException up = assertThrows(IllegalArgumentException.class,
          () -> device.upload(new float[5], buffer));
      assertTrue(up.getMessage().contains("20 bytes"), up.getMessage());
      assertTrue(up.getMessage().contains("16 bytes"), up.getMessage());
      IllegalArgumentException down = assertThrows(IllegalArgumentException.class,
          () -> device.download(buffer, new double[3]));
      assertTrue(down.getMessage().contains("24 bytes"), down.getMessage());
      assertTrue(down.getMessage().contains("16 bytes"), down.getMessage());
    }
  }

  @Test
  void unsupportedHostArrayIsRefused() throws DeviceException {
    try (DeviceBuffer buffer = device.allocate(64)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> device.upload(new long[2], buffer));
      assertTrue(e.getMessage().contains("long[]"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> device.download(buffer, "text"));
    }
  }

  @Test
  void closeReleasesOnceAndClosedBuffersAreRefused() throws DeviceException {
    long live = device.liveBytes();
    DeviceBuffer buffer = device.allocate(4096);
    assertEquals(4096, buffer.bytes());
    assertFalse(buffer.isClosed());
    assertEquals(live + 4096, device.liveBytes());
    buffer.close();
    buffer.close();
    assertTrue(buffer.isClosed());
    assertEquals(live, device.liveBytes());
    assertThrows(IllegalStateException.class, () -> device.upload(new int[4], buffer));
    assertThrows(IllegalStateException.class, () -> device.download(buffer, new int[4]));
  }

  @Test
  void bufferOfAnotherDeviceIsRefused() throws DeviceException {
    DeviceBuffer stranger = new DeviceBuffer() {
      @Override
      public long bytes() {
        return 64;
      }

      @Override
      public boolean isClosed() {
        return false;
      }

      @Override
      public void close() {}
    };
    assertThrows(IllegalArgumentException.class, () -> device.upload(new int[4], stranger));
    assertThrows(IllegalArgumentException.class, () -> device.download(stranger, new int[4]));
  }

  @Test
  void emptyHostArraysCopyNothing() throws DeviceException {
    try (DeviceBuffer buffer = device.allocate(8)) {
      device.upload(new int[] {7, 9}, buffer);
      device.upload(new int[0], buffer);
      int[] back = new int[2];
      device.download(buffer, back);
      device.download(buffer, new int[0]);
      assertEquals(7, back[0]);
      assertEquals(9, back[1]);
    }
  }
}
