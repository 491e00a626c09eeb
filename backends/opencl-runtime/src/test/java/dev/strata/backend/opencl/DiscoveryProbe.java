package dev.strata.backend.opencl;

import dev.strata.device.Discovery;

/**
 * Runs discovery in a JVM of its own and prints the outcome, for tests that change the
 * environment.
 */
public final class DiscoveryProbe {
  private DiscoveryProbe() {}

  /**
   * Prints {@code devices=N} and {@code reason=...}.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Discovery discovery = new OpenClBackend().discover();
    System.out.println("devices=" + discovery.devices().size());
    System.out.println("reason=" + discovery.reason());
  }
}
