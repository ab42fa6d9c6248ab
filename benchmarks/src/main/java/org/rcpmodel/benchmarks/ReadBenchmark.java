package org.rcpmodel.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the same JSON bytes into the library's types ({@link RcpJson#strict()}), reading them and
 * validating the result, and, as the baseline for both, into {@link PlainModel} records with a default Jackson 3 {@link JsonMapper}.
 * The peer row validates the same bytes against the shipped JSON Schema with networknt's
 * json-schema-validator (what a service that has only the schema would do: parse to a tree, validate).
 *
 * <p>Both read from a {@link ByteArrayInputStream} over the same bytes, so neither pays for I/O or
 * for decoding a {@code String}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  /** The size of the document read, in participations. */
  @Param({"4000"})
  public int participations;

  private byte[] json;
  private final RcpJson library = RcpJson.strict();
  private final ObjectReader baseline = JsonMapper.builder().build().readerFor(PlainModel.Document.class);
  private final JsonMapper tree = JsonMapper.builder().build();
  private Schema schema;

  /** Generates the document and its bytes once per trial. */
  @Setup
  public void generate() {
    json = RcpJson.strict().write(SyntheticDocuments.valid(participations)).getBytes(StandardCharsets.UTF_8);
    try (InputStream in = RcpJson.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!schema.validate(tree.readTree(json)).isEmpty()) {
      throw new IllegalStateException("the benchmark document does not validate against the shipped schema");
    }
  }

  /**
   * Parses the bytes to a tree and validates it against the shipped JSON Schema (draft 2020-12):
   * structure, types, patterns and required properties, but none of the cross-record rules.
   *
   * @return the schema errors (none for this document), so that the work cannot be eliminated
   */
  @Benchmark
  public List<Error> validateSchema() {
    return schema.validate(tree.readTree(new ByteArrayInputStream(json)));
  }

  /**
   * Reads into the library's immutable types, with the strict reader's checks.
   *
   * @return the document, so that the work cannot be eliminated
   */
  @Benchmark
  public Document readLibrary() {
    return library.read(new ByteArrayInputStream(json)).document();
  }

  /**
   * Reads into the library's types and validates the result fully (field constraints and the whole
   * rule catalogue), which is what a user of the library does with a document from outside.
   *
   * @return the report, so that the work cannot be eliminated
   */
  @Benchmark
  public ValidationReport readAndValidate() {
    return RcpValidator.validate(library.read(new ByteArrayInputStream(json)).document());
  }

  /**
   * Reads into plain records, the way a user without the library would.
   *
   * @return the records, so that the work cannot be eliminated
   */
  @Benchmark
  public PlainModel.Document readBaseline() {
    return baseline.readValue(new ByteArrayInputStream(json));
  }
}
