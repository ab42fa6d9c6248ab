package org.rcpmodel.benchmarks;

/**
 * The reference point of the cold-start measurement: a Java program that starts, prints one line and
 * exits. Packaged alone in the module's {@code -trivial} jar.
 */
public final class TrivialMain {

  private TrivialMain() {}

  /**
   * Prints one line and returns.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("ok");
  }
}
