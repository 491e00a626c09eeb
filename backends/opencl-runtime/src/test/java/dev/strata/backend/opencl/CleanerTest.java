package dev.strata.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.device.DeviceException;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static final long BYTES = 1 << 20;

  @Test
  void unreachableBufferIsReleased() throws DeviceException, InterruptedException {
    OpenClDevice device = RequiredDevice.get();
    long live = device.liveBytes();
    allocateAndDrop(device);
    assertEquals(live + BYTES, device.liveBytes());
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (device.liveBytes() > live && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(live, device.liveBytes(), "the cleaner did not release the buffer in 20 s");
  }

  private static void allocateAndDrop(OpenClDevice device) throws DeviceException {
    device.upload(new byte[(int) BYTES], device.allocate(BYTES));
  }
}
