package org.rcpmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.ReadResult;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bundled reference dataset: it reads strictly, is written back byte for byte, validates against
 * the shipped JSON Schema, has no ERROR, has every WARNING explained in its docs page (by code and JSON
 * Pointer), and every record cites at least one source whose address is set.
 */
class DatasetsTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).resolve("../docs").normalize();

  /** Arrays whose every element is a record that must cite sources. */
  private static final Set<String> RECORD_ARRAYS = Set.of("organizations", "frameworks", "processes", "classifications",
      "statements", "participations", "participantCounts", "groups", "completeLists", "secretariats", "bodies",
      "members", "chairs", "meetings", "declarations", "figures", "otherNames", "posts");

  static Stream<Datasets.Dataset> datasets() {
    return Datasets.all().stream();
  }

  @Test
  void nineDatasetsShipEachWithItsOwnProcess() {
    assertThat(Datasets.all()).hasSize(9);
    assertThat(Datasets.all()).extracting(Datasets.Dataset::id).doesNotHaveDuplicates()
        .contains("almaty-process", "bali-process", "budapest-process", "abu-dhabi-dialogue", "puebla-process", "sacm",
            "midsa", "igad-rcp", "rabat-process");
    for (Datasets.Dataset d : Datasets.all()) {
      Document document = d.read();
      assertThat(document.getProcesses()).as(d.id()).hasSize(1);
      assertThat(document.getProcesses().get(0).getId()).as(d.id()).isEqualTo(d.id());
    }
    assertThat(Datasets.find("no-such-dataset")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void readsStrictlyAndIsWrittenBackByteForByte(Datasets.Dataset dataset) {
    ReadResult read = RcpJson.strict().read(dataset.text());
    assertThat(read.warnings()).isEmpty();
    String written = RcpJson.strict().writePretty(read.document());
    assertThat(written.strip()).isEqualTo(dataset.text().strip());
    assertThat(dataset.read().getSchemaVersion()).isEqualTo("1.1");
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void validatesAgainstTheShippedSchema(Datasets.Dataset dataset) throws IOException {
    Schema schema;
    try (InputStream in = RcpJson.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PLAIN.readTree(in));
    }
    assertThat(schema.validate(PLAIN.readTree(dataset.text()))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void hasNoErrorAndEveryWarningIsExplainedInItsDocsPage(Datasets.Dataset dataset) throws IOException {
    ValidationReport report = RcpValidator.validate(dataset.read());
    assertThat(report.errors()).as(dataset.id()).isEmpty();
    Set<String> explained = explainedWarnings(dataset.id());
    for (Violation warning : report.warnings()) {
      assertThat(explained).as("%s: the WARNING %s at %s is explained in its docs page", dataset.id(),
          warning.code(), warning.path()).contains(warning.code() + " " + warning.path());
    }
    // The page explains only warnings the dataset gets: a row left behind by a change to the data fails.
    Set<String> got = new HashSet<>();
    report.warnings().forEach(w -> got.add(w.code() + " " + w.path()));
    assertThat(got).as(dataset.id()).containsAll(explained);
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void everyRecordCitesASourceWhoseAddressIsSet(Datasets.Dataset dataset) {
    JsonNode root = PLAIN.readTree(dataset.text());
    Set<String> withUrl = new HashSet<>();
    Set<String> all = new HashSet<>();
    for (JsonNode source : root.path("sources")) {
      all.add(source.get("id").asString());
      JsonNode url = source.get("url");
      if (url != null && !url.asString().isBlank()) {
        withUrl.add(source.get("id").asString());
      }
    }
    List<String> uncited = new ArrayList<>();
    walk(root, "", null, withUrl, all, uncited);
    assertThat(uncited).as(dataset.id()).isEmpty();
  }

  @Test
  void theRecordCountIsTheNumberOfObjectsThatCiteSources() {
    Datasets.Dataset igad = Datasets.find("igad-rcp").orElseThrow();
    // The IGAD document: the two organizations, the process, its classification, group and secretariat.
    assertThat(igad.records()).isEqualTo(6);
  }

  private static void walk(JsonNode node, String pointer, String arrayName, Set<String> withUrl, Set<String> all,
      List<String> uncited) {
    if (node.isObject()) {
      JsonNode sources = node.get("sources");
      // A participant ({"state": ...} or {"organization": ...}, such as a term's chairs) is a reference, not a record.
      boolean participant = node.size() == 1 && (node.has("state") || node.has("organization"));
      boolean isRecord = arrayName != null && RECORD_ARRAYS.contains(arrayName) && !participant;
      boolean cites = sources != null && sources.isArray() && sources.size() > 0 && sources.get(0).isString();
      if (cites) {
        boolean anyUrl = false;
        for (JsonNode id : sources) {
          assertThat(all).as("%s cites a source that exists", pointer).contains(id.asString());
          anyUrl |= withUrl.contains(id.asString());
        }
        if (!anyUrl) {
          uncited.add(pointer + " cites no source with an address");
        }
      } else if (isRecord) {
        uncited.add(pointer + " cites no source");
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), pointer + "/" + e.getKey(), e.getKey(), withUrl, all, uncited);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, arrayName, withUrl, all, uncited);
      }
    }
  }

  private static final Pattern ROW = Pattern.compile("^\\|\\s*WARNING\\s*\\|\\s*`([a-z.-]+)`\\s*\\|\\s*`(/[^`]*)`");

  /**
   * The warnings a dataset's docs page explains: the rows {@code | WARNING | `code` | `pointer` | ...}
   * of its section, which is {@code docs/ALMATY.md} for the Almaty Process and the section
   * {@code ## id} of {@code docs/DATASETS.md} for the others.
   */
  static Set<String> explainedWarnings(String id) throws IOException {
    List<String> lines;
    if (id.equals("almaty-process")) {
      lines = Files.readAllLines(DOCS.resolve("ALMATY.md"));
    } else {
      lines = new ArrayList<>();
      boolean in = false;
      for (String line : Files.readAllLines(DOCS.resolve("DATASETS.md"))) {
        if (line.startsWith("## ")) {
          in = line.contains("`" + id + "`");
        } else if (in) {
          lines.add(line);
        }
      }
      assertThat(lines).as("docs/DATASETS.md has a section for %s", id).isNotEmpty();
    }
    Set<String> explained = new HashSet<>();
    for (String line : lines) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        explained.add(m.group(1) + " " + m.group(2));
      }
    }
    return explained;
  }
}
