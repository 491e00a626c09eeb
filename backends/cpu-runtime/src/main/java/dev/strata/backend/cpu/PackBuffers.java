package dev.strata.backend.cpu;

/**
 * The packing buffers of one thread, grown on demand and kept for the thread's life, so that a
 * GEMM allocates nothing once its threads have warmed up.
 *
 * <p>The B buffer of the thread that calls a GEMM is read by the pool workers of that call; it is
 * only reused once the call has returned, so one set per thread is enough. A thread only ever runs
 * one GEMM block at a time (workers run one chunk at a time, nested calls run inline).
 */
final class PackBuffers {
  private static final ThreadLocal<PackBuffers> OF_THREAD = ThreadLocal.withInitial(PackBuffers::new);

  private float[] floatA = new float[0];
  private float[] floatB = new float[0];
  private double[] doubleA = new double[0];
  private double[] doubleB = new double[0];
  private int[] intA = new int[0];
  private int[] intB = new int[0];
  private float[] floatTile = new float[0];
  private double[] doubleTile = new double[0];
  private int[] intTile = new int[0];

  private PackBuffers() {}

  /** The calling thread's buffers. */
  static PackBuffers get() {
    return OF_THREAD.get();
  }

  float[] floatA(int size) {
    if (floatA.length < size) {
      floatA = new float[size];
    }
    return floatA;
  }

  float[] floatB(int size) {
    if (floatB.length < size) {
      floatB = new float[size];
    }
    return floatB;
  }

  double[] doubleA(int size) {
    if (doubleA.length < size) {
      doubleA = new double[size];
    }
    return doubleA;
  }

  double[] doubleB(int size) {
    if (doubleB.length < size) {
      doubleB = new double[size];
    }
    return doubleB;
  }

  int[] intA(int size) {
    if (intA.length < size) {
      intA = new int[size];
    }
    return intA;
  }

  int[] intB(int size) {
    if (intB.length < size) {
      intB = new int[size];
    }
    return intB;
  }

  /** A buffer for one micro-tile, where the micro-kernel writes a tile that C cannot hold whole. */
  float[] floatTile(int size) {
    if (floatTile.length < size) {
      floatTile = new float[size];
    }
    return floatTile;
  }

  double[] doubleTile(int size) {
    if (doubleTile.length < size) {
      doubleTile = new double[size];
    }
    return doubleTile;
  }

  int[] intTile(int size) {
    if (intTile.length < size) {
      intTile = new int[size];
    }
    return intTile;
  }
}
