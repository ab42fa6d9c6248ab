package org.rcpmodel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Times whole Java processes from launch to exit, for the cold-start comparison of the {@code rcp}
 * command line tool with a trivial Java main. Not JMH: what is measured is the operating system
 * process, including JVM start-up, class loading and the tool's own work.
 *
 * <p>Each command is first run unmeasured ({@code warmups} times) so that the files it reads sit in
 * the page cache, then the commands are run in turn ({@code runs} rounds, interleaved so that a burst
 * of load from other users of the machine touches all of them alike) and the median wall time is kept.
 * Standard output and error of the measured processes are discarded.
 *
 * <p>Not thread-safe; create one per measurement.
 */
public final class ColdStart {

  /**
   * The outcome of timing one command.
   *
   * @param label the name it was registered under
   * @param command the command line run
   * @param exitCode the exit code of every run (all runs must agree)
   * @param medianMillis the median wall time in milliseconds
   * @param minMillis the fastest run in milliseconds
   * @param maxMillis the slowest run in milliseconds
   */
  public record Timing(String label, List<String> command, int exitCode, double medianMillis, double minMillis,
      double maxMillis) {}

  private record Command(List<String> line, Map<String, String> environment) {}

  private final Map<String, Command> commands = new LinkedHashMap<>();

  /**
   * Registers a command to time.
   *
   * @param label a short name for the table; not null, unique
   * @param command the program and its arguments; not null, not empty
   * @return this
   */
  public ColdStart add(String label, List<String> command) {
    return add(label, command, Map.of());
  }

  /**
   * Registers a command to time, run with extra environment variables.
   *
   * @param label a short name for the table; not null, unique
   * @param command the program and its arguments; not null, not empty
   * @param environment variables to set for it, on top of this process's; not null
   * @return this
   */
  public ColdStart add(String label, List<String> command, Map<String, String> environment) {
    Objects.requireNonNull(label, "label");
    if (command.isEmpty()) {
      throw new IllegalArgumentException("An empty command for " + label);
    }
    if (commands.putIfAbsent(label, new Command(List.copyOf(command), Map.copyOf(environment))) != null) {
      throw new IllegalArgumentException("Two commands named " + label);
    }
    return this;
  }

  /**
   * Runs every registered command {@code warmups} times unmeasured, then {@code runs} measured rounds.
   *
   * @param warmups unmeasured runs per command, at least 0
   * @param runs measured runs per command, at least 1
   * @return one timing per command, in registration order
   * @throws IllegalStateException if a command cannot be started or its exit code changes between runs
   */
  public List<Timing> measure(int warmups, int runs) {
    Map<String, Integer> exitCodes = new LinkedHashMap<>();
    for (Map.Entry<String, Command> entry : commands.entrySet()) {
      for (int i = 0; i < warmups; i++) {
        record(exitCodes, entry.getKey(), run(entry.getValue()).exitCode);
      }
    }
    Map<String, double[]> times = new LinkedHashMap<>();
    commands.keySet().forEach(label -> times.put(label, new double[runs]));
    for (int round = 0; round < runs; round++) {
      for (Map.Entry<String, Command> entry : commands.entrySet()) {
        Outcome outcome = run(entry.getValue());
        record(exitCodes, entry.getKey(), outcome.exitCode);
        times.get(entry.getKey())[round] = outcome.millis;
      }
    }
    List<Timing> timings = new ArrayList<>();
    for (Map.Entry<String, Command> entry : commands.entrySet()) {
      double[] sorted = times.get(entry.getKey()).clone();
      Arrays.sort(sorted);
      timings.add(new Timing(entry.getKey(), entry.getValue().line(), exitCodes.get(entry.getKey()),
          BenchmarkSuite.median(sorted), sorted[0], sorted[sorted.length - 1]));
    }
    return timings;
  }

  /**
   * The {@code java} launcher of the running JVM, so that every timed process uses the same JDK.
   *
   * @return the path of the launcher, never null
   */
  public static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void record(Map<String, Integer> exitCodes, String label, int exitCode) {
    Integer previous = exitCodes.putIfAbsent(label, exitCode);
    if (previous != null && previous != exitCode) {
      throw new IllegalStateException(label + " exited with " + previous + " and then " + exitCode);
    }
  }

  private record Outcome(int exitCode, double millis) {}

  private static Outcome run(Command toRun) {
    List<String> command = toRun.line();
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().putAll(toRun.environment());
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      int exitCode = process.waitFor();
      return new Outcome(exitCode, (System.nanoTime() - start) / 1e6);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while timing " + String.join(" ", command), e);
    }
  }

  private static java.io.File nullDevice() {
    Path devNull = Path.of("/dev/null");
    return Files.exists(devNull) ? devNull.toFile() : Path.of("NUL").toFile();
  }
}
