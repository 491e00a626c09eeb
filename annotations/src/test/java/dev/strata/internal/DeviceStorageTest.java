package dev.strata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.DType;
import dev.strata.Tensor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A tensor over device storage copies it to the host once, on the first read, and closes it once. */
class DeviceStorageTest {
  private static final class Fake implements DeviceStorage {
    final AtomicInteger downloads = new AtomicInteger();
    final AtomicInteger releases = new AtomicInteger();

    @Override
    public Object download() {
      downloads.incrementAndGet();
      return new float[] {1, 2, 3, 4, 5, 6};
    }

    @Override
    public void release() {
      releases.incrementAndGet();
    }
  }

  @Test
  void theFirstHostReadDownloadsOnceAndEveryOperationSeesTheElements() {
    Fake fake = new Fake();
    Tensor t = TensorData.onDevice(DType.F32, fake, 2, 3);
    assertSame(fake, TensorData.deviceStorage(t));
    assertFalse(TensorData.onHost(t));
    assertEquals(0, fake.downloads.get(), "creating the tensor copies nothing");
    assertEquals(6.0, t.get(1, 2));
    assertArrayEquals(new float[] {5, 7, 9}, t.sum(0, false).toFloatArray());
    assertEquals(Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3), t);
    assertTrue(TensorData.onHost(t));
    assertEquals(1, fake.downloads.get());
  }

  @Test
  void closeKeepsTheHostCopyAndReleasesTheDeviceMemoryOnce() {
    Fake fake = new Fake();
    Tensor t = TensorData.onDevice(DType.F32, fake, 6);
    t.close();
    t.close();
    assertEquals(1, fake.releases.get());
    assertEquals(1, fake.downloads.get());
    assertNull(TensorData.deviceStorage(t));
    assertEquals(3.0, t.get(2));
  }

  @Test
  void closingAHostTensorDoesNothing() {
    Tensor t = Tensor.of(new float[] {1}, 1);
    t.close();
    assertEquals(1.0, t.get(0));
  }
}
