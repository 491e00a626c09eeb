package dev.strata.device;

/**
 * One accelerator: memory, program building and kernel launches.
 *
 * <p>Implementations are thread-safe. Operations are ordered per device (an in-order queue): a
 * launch sees every upload enqueued before it, a download every launch enqueued before it.
 * Downloads block until the data is on the host.
 */
public interface Device {
  /**
   * The back end this device belongs to, as {@link DeviceBackend#name()}.
   *
   * @return the back end's name
   */
  String backend();

  /**
   * This device's limits.
   *
   * @return the limits, fixed for the device's lifetime
   */
  DeviceInfo info();

  /**
   * Allocates device memory.
   *
   * @param bytes the size, at least 1
   * @return the new buffer
   * @throws DeviceException of kind {@link DeviceException.Kind#OUT_OF_RESOURCES} when the device
   *     cannot hold it
   */
  DeviceBuffer allocate(long bytes) throws DeviceException;

  /**
   * Copies a whole host array into the start of {@code target}.
   *
   * @param source a {@code float[]}, {@code double[]}, {@code short[]}, {@code int[]} or
   *     {@code byte[]}
   * @param target a buffer of this device at least as large as {@code source}
   * @throws DeviceException of kind {@link DeviceException.Kind#TRANSFER} on failure
   */
  void upload(Object source, DeviceBuffer target) throws DeviceException;

  /**
   * Copies the start of {@code source} into a whole host array, waiting for every earlier launch.
   *
   * @param source a buffer of this device at least as large as {@code target}
   * @param target a {@code float[]}, {@code double[]}, {@code short[]}, {@code int[]} or
   *     {@code byte[]}
   * @throws DeviceException of kind {@link DeviceException.Kind#TRANSFER} on failure
   */
  void download(DeviceBuffer source, Object target) throws DeviceException;

  /**
   * Builds a program from source once per device: the same source and options return the cached
   * program.
   *
   * @param source the program's source in this back end's language
   * @param options compiler options, may be empty
   * @return the built program
   * @throws DeviceException of kind {@link DeviceException.Kind#BUILD}, carrying the build log
   */
  DeviceProgram build(String source, String options) throws DeviceException;

  /**
   * Launches one kernel of {@code program} and returns without waiting for it to finish.
   *
   * @param program a program built by this device
   * @param kernel the kernel's name
   * @param args the arguments in order: {@link DeviceBuffer}s, {@link Integer}s, {@link Long}s,
   *     {@link Float}s and {@link Double}s
   * @param globalSize the global work size per dimension (a multiple of {@code localSize})
   * @param localSize the work-group size per dimension
   * @throws DeviceException of kind {@link DeviceException.Kind#LAUNCH} or {@link
   *     DeviceException.Kind#OUT_OF_RESOURCES}
   */
  void launch(DeviceProgram program, String kernel, Object[] args, long[] globalSize, long[] localSize)
      throws DeviceException;

  /**
   * Waits for every operation enqueued on this device.
   *
   * @throws DeviceException if one of them failed
   */
  void finish() throws DeviceException;
}
