package org.rcpmodel.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark of this module and the cold-start comparison, prints one table, and ends with
 * the five ratios the project tracks, each measured in this run:
 *
 * <pre>
 * read/baseline: R
 * read+validate/baseline: R
 * read+validate/schema validation: R
 * scaling 16x/1x: R
 * cold start/trivial main: R
 * </pre>
 *
 * <p>Usage: {@code java -jar benchmarks.jar [--quick | --cold-start-only] --rcp-jar PATH --rcp-launcher PATH
 * --document PATH --trivial-jar PATH}. {@code --quick} runs three short rounds of every benchmark but
 * {@code ValidationBenchmark.validateSameDocument}; the default runs five longer rounds of all;
 * {@code --cold-start-only} runs no JMH benchmark, only the cold-start comparison with the full run's
 * 15 measured runs per command (the other ratios are then printed as {@code n/a}). Every
 * benchmark runs once per round in its own fork, scored by the median of its measurement iterations;
 * the table shows the median of the rounds, and each ratio is the median of the per-round ratios. The cold-start ratio is that of the launcher
 * ({@code examples/target/rcp}, the way README recommends to run the tool) when it was given and
 * exists, else that of {@code java -jar rcp.jar}; the table says which. A ratio that could not be measured (its benchmark or jar is missing) is printed as
 * {@code n/a} with the reason, never as a number.
 */
public final class BenchmarkSuite {

  private BenchmarkSuite() {}

  /**
   * Runs the suite.
   *
   * @param args the options above
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Map<String, String> options = parse(args);
    boolean quick = options.containsKey("--quick");
    boolean coldStartOnly = options.containsKey("--cold-start-only");
    // Warm-up: on this kind of machine (2 shared cores) the reads reach their steady state only after
    // 4 to 5 seconds of one-second iterations (about 55 ms/op interpreted and C1, then 6 to 10 ms/op);
    // a shorter warm-up measures the JIT compiler, and flatters whichever side compiles last.
    Settings settings = quick ? new Settings(3, 6, 1, 3, 1, 3, 7) : new Settings(5, 8, 1, 5, 2, 5, 15);
    // The quick run leaves out the cache-warm variant, which no ratio depends on, to stay under five minutes.
    String include = BenchmarkSuite.class.getPackageName()
        + (quick ? "\\.(ReadBenchmark\\..*|ValidationBenchmark\\.validate)$" : "\\..*Benchmark\\..*");

    // The machine is shared: rather than one long run per benchmark, run every benchmark in several
    // short rounds, one after the other, so that a burst of load from elsewhere hits all of them alike,
    // and take the median of the rounds.
    List<List<Score>> rounds = new ArrayList<>();
    for (int round = 1; round <= (coldStartOnly ? 0 : settings.rounds); round++) {
      System.out.println("# Round " + round + " of " + settings.rounds);
      ChainedOptionsBuilder jmh = new OptionsBuilder()
          .include(include)
          .forks(1)
          .warmupIterations(settings.warmupIterations)
          .warmupTime(TimeValue.seconds(settings.warmupSeconds))
          .measurementIterations(settings.measurementIterations)
          .measurementTime(TimeValue.seconds(settings.measurementSeconds))
          .jvmArgsAppend("-Xms1g", "-Xmx1g")
          .addProfiler(GCProfiler.class)
          .verbosity(VerboseMode.NORMAL);
      rounds.add(scores(new Runner(jmh.build()).run()));
    }

    List<ColdStart.Timing> coldStart = coldStart(options, settings);

    System.out.println();
    System.out.println(table(rounds, coldStart));
    System.out.println(ratios(rounds, coldStart));
  }

  private record Settings(int rounds, int warmupIterations, int warmupSeconds, int measurementIterations,
      int measurementSeconds, int coldWarmups, int coldRuns) {}

  /** One benchmark's primary score, in milliseconds per operation, and its allocation per operation. */
  record Score(String benchmark, int participations, double millis, double bytes) {}

  static final String LABEL_TRIVIAL = "trivial main (java -jar)";
  static final String LABEL_RCP = "rcp validate (java -jar rcp.jar)";
  static final String LABEL_LAUNCHER = "rcp validate (launcher examples/target/rcp)";

  private static List<ColdStart.Timing> coldStart(Map<String, String> options, Settings settings) {
    String rcpJar = options.get("--rcp-jar");
    String document = options.get("--document");
    String trivialJar = options.get("--trivial-jar");
    Optional<String> missing = coldStartInputsMissing(rcpJar, trivialJar, document);
    if (missing.isPresent()) {
      System.out.println("Cold start not measured: " + missing.get());
      return List.of();
    }
    String java = ColdStart.javaLauncher();
    ColdStart harness = new ColdStart()
        .add(LABEL_TRIVIAL, List.of(java, "-jar", trivialJar))
        .add(LABEL_RCP, List.of(java, "-jar", rcpJar, "validate", document));
    String launcher = options.get("--rcp-launcher");
    if (launcher != null && Files.isExecutable(Path.of(launcher))) {
      // The launcher picks its java from JAVA_HOME or the PATH; the harness runs it with this JVM's, so
      // that every row uses the same JDK.
      harness.add(LABEL_LAUNCHER, List.of(launcher, "validate", document), Map.of("JAVA_HOME", javaHome()));
    } else {
      System.out.println("The launcher (" + launcher + ") is missing or not executable; it is not measured");
    }
    return harness.measure(settings.coldWarmups, settings.coldRuns);
  }

  /**
   * Why the cold start cannot be measured, naming exactly the inputs that are not given or are not
   * regular files (a missing {@code --document} is reported as the document, not as a jar).
   *
   * @param rcpJar the value of {@code --rcp-jar}, or null if not given
   * @param trivialJar the value of {@code --trivial-jar}, or null if not given
   * @param document the value of {@code --document}, or null if not given
   * @return the reason, such as {@code the document (x.json) does not exist}; empty when all three exist
   */
  static Optional<String> coldStartInputsMissing(String rcpJar, String trivialJar, String document) {
    List<String> missing = new ArrayList<>();
    missing(missing, "the rcp jar", "--rcp-jar", rcpJar);
    missing(missing, "the trivial jar", "--trivial-jar", trivialJar);
    missing(missing, "the document", "--document", document);
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
  }

  private static void missing(List<String> missing, String what, String option, String path) {
    if (path == null) {
      missing.add(what + " was not given (" + option + ")");
    } else if (!Files.isRegularFile(Path.of(path))) {
      missing.add(what + " (" + path + ") does not exist" + (Files.exists(Path.of(path)) ? " as a file" : ""));
    }
  }

  private static String javaHome() {
    return System.getProperty("java.home");
  }

  private static List<Score> scores(Collection<RunResult> results) {
    List<Score> scores = new ArrayList<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      String size = result.getParams().getParam("participations");
      double bytes = Double.NaN;
      for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = secondary.getValue().getScore();
        }
      }
      scores.add(new Score(benchmark, size == null ? 0 : Integer.parseInt(size), medianOfIterations(result), bytes));
    }
    return scores;
  }

  /**
   * The median of a run's measurement iterations, not JMH's mean: a burst of load from the machine's
   * other tenants lasts a second or several and would otherwise pull a whole round with it.
   */
  static double medianOfIterations(RunResult result) {
    double[] iterations = result.getBenchmarkResults().stream()
        .flatMap(b -> b.getIterationResults().stream())
        .mapToDouble(i -> i.getPrimaryResult().getScore())
        .sorted()
        .toArray();
    return iterations.length == 0 ? result.getPrimaryResult().getScore() : median(iterations);
  }

  private static Optional<Score> find(List<Score> scores, String benchmark, int participations) {
    return scores.stream()
        .filter(s -> s.benchmark.equals(benchmark) && s.participations == participations)
        .findFirst();
  }

  /** The median over the rounds of one benchmark's scores, with the spread of the rounds. */
  private record Summary(String benchmark, int participations, double millis, double fastest, double slowest,
      double bytes) {}

  private static List<Summary> summaries(List<List<Score>> rounds) {
    Map<String, List<Score>> byKey = new java.util.LinkedHashMap<>();
    for (List<Score> round : rounds) {
      for (Score score : round) {
        byKey.computeIfAbsent(score.benchmark + "@" + score.participations, k -> new ArrayList<>()).add(score);
      }
    }
    List<Summary> summaries = new ArrayList<>();
    for (List<Score> scores : byKey.values()) {
      double[] millis = scores.stream().mapToDouble(Score::millis).sorted().toArray();
      double[] bytes = scores.stream().mapToDouble(Score::bytes).sorted().toArray();
      summaries.add(new Summary(scores.get(0).benchmark, scores.get(0).participations, median(millis), millis[0],
          millis[millis.length - 1], median(bytes)));
    }
    summaries.sort(java.util.Comparator.comparing(Summary::benchmark).thenComparing(Summary::participations));
    return summaries;
  }

  /**
   * The median of sorted values: the middle one, or the mean of the two middle ones for an even count.
   *
   * @param sorted the values in ascending order; not null
   * @return the median, or NaN when there are no values
   */
  static double median(double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static String table(List<List<Score>> rounds, List<ColdStart.Timing> coldStart) {
    StringBuilder out = new StringBuilder();
    if (!rounds.isEmpty()) {
      benchmarkTable(out, rounds);
    }
    coldStartTable(out, coldStart);
    return out.toString();
  }

  private static void benchmarkTable(StringBuilder out, List<List<Score>> rounds) {
    out.append(String.format(Locale.ROOT, "%-34s %8s %10s %21s %12s %12s%n", "benchmark (median of " + rounds.size()
        + " rounds)", "size", "ms/op", "rounds min..max", "us/particip.", "alloc KB/op"));
    for (Summary s : summaries(rounds)) {
      out.append(String.format(Locale.ROOT, "%-34s %8d %10.3f %10.3f..%-10.3f %12.3f %12.0f%n", s.benchmark,
          s.participations, s.millis, s.fastest, s.slowest,
          s.participations == 0 ? Double.NaN : 1000 * s.millis / participationsPerOp(s), s.bytes / 1024));
    }
    out.append(String.format(Locale.ROOT, "%nratios per round:%n"));
    for (int r = 0; r < rounds.size(); r++) {
      List<Score> round = rounds.get(r);
      out.append(String.format(Locale.ROOT,
          "  round %d: read %s, read+validate %s, read+validate/schema %s, scaling %s (same document each time: %s)%n",
          r + 1, format(readRatio(round)), format(readValidateRatio(round)), format(schemaRatio(round)),
          format(scalingRatio(round)), format(sameDocumentScalingRatio(round))));
    }
  }

  private static void coldStartTable(StringBuilder out, List<ColdStart.Timing> coldStart) {
    if (!coldStart.isEmpty()) {
      double trivial = coldStart.stream().filter(t -> t.label().equals(LABEL_TRIVIAL))
          .mapToDouble(ColdStart.Timing::medianMillis).findFirst().orElse(Double.NaN);
      out.append(String.format(Locale.ROOT, "%n%-44s %10s %10s %10s %9s %6s%n", "cold start (whole process)",
          "median ms", "min ms", "max ms", "x trivial", "exit"));
      for (ColdStart.Timing t : coldStart) {
        out.append(String.format(Locale.ROOT, "%-44s %10.1f %10.1f %10.1f %9s %6d%n", t.label(), t.medianMillis(),
            t.minMillis(), t.maxMillis(), format(t.medianMillis() / trivial), t.exitCode()));
      }
      String tool = coldStartTool(coldStart);
      if (tool != null) {
        out.append(String.format(Locale.ROOT, "cold start/trivial main below: %s%n", tool));
      }
    }
  }

  private static double divide(Optional<Score> a, Optional<Score> b) {
    return a.isPresent() && b.isPresent() ? a.get().millis / b.get().millis : Double.NaN;
  }

  private static double readRatio(List<Score> round) {
    return divide(find(round, "ReadBenchmark.readLibrary", 4000), find(round, "ReadBenchmark.readBaseline", 4000));
  }

  private static double readValidateRatio(List<Score> round) {
    return divide(find(round, "ReadBenchmark.readAndValidate", 4000),
        find(round, "ReadBenchmark.readBaseline", 4000));
  }

  /** Reading and validating with the library over validating the same bytes with the JSON Schema only. */
  private static double schemaRatio(List<Score> round) {
    return divide(find(round, "ReadBenchmark.readAndValidate", 4000),
        find(round, "ReadBenchmark.validateSchema", 4000));
  }

  private static double scalingRatio(List<Score> round) {
    // Time per participation at 16x over time per participation at 1x: every size validates the same
    // number of participations per operation (ValidationBenchmark.PARTICIPATIONS_PER_OP).
    return divide(find(round, "ValidationBenchmark.validate", 16000), find(round, "ValidationBenchmark.validate", 1000));
  }

  private static double sameDocumentScalingRatio(List<Score> round) {
    // The same with one document validated again and again, which at 1x stays in the caches.
    return divide(find(round, "ValidationBenchmark.validateSameDocument", 16000),
        find(round, "ValidationBenchmark.validateSameDocument", 1000)) / 16;
  }

  /** How many participations one operation of a benchmark checks or reads. */
  private static int participationsPerOp(Summary s) {
    return s.benchmark.equals("ValidationBenchmark.validate") ? ValidationBenchmark.PARTICIPATIONS_PER_OP
        : s.participations;
  }

  private static String medianRatio(List<List<Score>> rounds, java.util.function.ToDoubleFunction<List<Score>> ratio,
      String missing) {
    double[] values = rounds.stream().mapToDouble(ratio).filter(v -> !Double.isNaN(v)).sorted().toArray();
    return values.length == 0 ? "n/a (" + missing + ")" : format(median(values));
  }

  static String ratios(List<List<Score>> rounds, List<ColdStart.Timing> coldStart) {
    Map<String, ColdStart.Timing> byLabel = new TreeMap<>();
    coldStart.forEach(t -> byLabel.put(t.label(), t));
    String tool = coldStartTool(coldStart);
    String cold = tool != null && byLabel.containsKey(LABEL_TRIVIAL)
        ? format(byLabel.get(tool).medianMillis() / byLabel.get(LABEL_TRIVIAL).medianMillis())
        : "n/a (the cold start was not measured; the reason is printed above)";
    return "read/baseline: " + medianRatio(rounds, BenchmarkSuite::readRatio, "benchmark not run") + "\n"
        + "read+validate/baseline: " + medianRatio(rounds, BenchmarkSuite::readValidateRatio, "benchmark not run")
        + "\n"
        + "read+validate/schema validation: " + medianRatio(rounds, BenchmarkSuite::schemaRatio, "benchmark not run")
        + "\n"
        + "scaling 16x/1x: " + medianRatio(rounds, BenchmarkSuite::scalingRatio,
            "ValidationBenchmark.validate at 1000 and 16000 was not run") + "\n"
        + "cold start/trivial main: " + cold;
  }

  /** The row the cold-start ratio is taken from: the launcher when measured, else java -jar, else null. */
  static String coldStartTool(List<ColdStart.Timing> coldStart) {
    List<String> labels = coldStart.stream().map(ColdStart.Timing::label).toList();
    return labels.contains(LABEL_LAUNCHER) ? LABEL_LAUNCHER : labels.contains(LABEL_RCP) ? LABEL_RCP : null;
  }

  private static String format(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick") || arg.equals("--cold-start-only")) {
        options.put(arg, "");
      } else if (List.of("--rcp-jar", "--rcp-launcher", "--document", "--trivial-jar").contains(arg)
          && i + 1 < args.length) {
        options.put(arg, args[++i]);
      } else {
        System.err.println("Unknown or incomplete option: " + arg);
        System.err.println("Usage: java -jar benchmarks.jar [--quick | --cold-start-only] [--rcp-jar PATH] [--rcp-launcher PATH]"
            + " [--document PATH] [--trivial-jar PATH]");
        System.exit(2);
      }
    }
    if (options.containsKey("--quick") && options.containsKey("--cold-start-only")) {
      System.err.println("--quick and --cold-start-only exclude each other");
      System.exit(2);
    }
    return options;
  }
}
