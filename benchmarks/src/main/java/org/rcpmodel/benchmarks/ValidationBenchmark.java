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
import org.openjdk.jmh.infra.Blackhole;
import org.rcpmodel.Document;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;

/**
 * Full validation alone (field constraints and the whole rule catalogue) of documents already in
 * memory, at 1x, 4x and 16x the size, so that the time per participation shows how validation scales.
 *
 * <p>{@link #validate} validates {@value #PARTICIPATIONS_PER_OP} participations per operation at every
 * size: sixteen distinct documents of 1,000, four of 4,000 or one of 16,000. Every size thus touches the
 * same amount of memory, as a service validating the documents it receives does, and only the size of
 * each document varies. {@link #validateSameDocument} validates one document of the size again and
 * again: at 1,000 participations that document stays in the processor's caches between operations,
 * which the larger sizes cannot, so its 16x/1x ratio mixes the cost of memory with the cost of size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {

  /** How many participations {@link #validate} checks per operation, whatever the document size. */
  public static final int PARTICIPATIONS_PER_OP = 16_000;

  /** The size of each document validated, in participations. */
  @Param({"1000", "4000", "16000"})
  public int participations;

  private Document[] documents;

  /** Generates the distinct documents once per trial. */
  @Setup
  public void generate() {
    documents = new Document[PARTICIPATIONS_PER_OP / participations];
    for (int i = 0; i < documents.length; i++) {
      documents[i] = SyntheticDocuments.valid(participations);
    }
  }

  /**
   * Validates {@value #PARTICIPATIONS_PER_OP} participations' worth of distinct documents.
   *
   * @param sink receives every report, so that the work cannot be eliminated
   */
  @Benchmark
  public void validate(Blackhole sink) {
    for (Document document : documents) {
      sink.consume(RcpValidator.validate(document));
    }
  }

  /**
   * Validates the first document again, with whatever of it the caches still hold.
   *
   * @return the report, so that the work cannot be eliminated
   */
  @Benchmark
  public ValidationReport validateSameDocument() {
    return RcpValidator.validate(documents[0]);
  }
}
