package dev.strata.device;

/**
 * A program built for one {@link Device}, holding the kernels that {@link Device#launch} runs.
 */
public interface DeviceProgram {
  /**
   * The kernels the program defines.
   *
   * @return the kernel names
   */
  java.util.Set<String> kernels();
}
