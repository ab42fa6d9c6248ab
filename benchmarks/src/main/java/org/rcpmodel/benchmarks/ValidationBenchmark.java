package org.rcpmodel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rcpmodel.Document;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;

/**
 * Full validation alone (field constraints and the whole rule catalogue) of documents already in
 * memory, at 1x, 4x and 16x the size, so that the time per participation shows how validation scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {

  /** The size of the document validated, in participations. */
  @Param({"1000", "4000", "16000"})
  public int participations;

  private Document document;

  /** Generates the document once per trial. */
  @Setup
  public void generate() {
    document = SyntheticDocuments.valid(participations);
  }

  /**
   * Validates the whole document.
   *
   * @return the report, so that the work cannot be eliminated
   */
  @Benchmark
  public ValidationReport validate() {
    return RcpValidator.validate(document);
  }
}
