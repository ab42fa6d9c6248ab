package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.examples.Datasets;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rcp datasets}, {@code rcp datasets export} and dataset ids in place of a file. */
class DatasetsCommandTest {

  @TempDir
  Path dir;

  private static RcpCliTest.Result rcp(String... args) {
    return RcpCliTest.rcp(args);
  }

  @Test
  void listsTheNineDatasetsWithTheirKindRecordsAndFindings() {
    RcpCliTest.Result result = rcp("datasets");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).contains("id", "kind", "records", "errors", "warnings", "info", "name");
    assertThat(lines.get(1)).startsWith("almaty-process").contains("RCP", "Almaty Process");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("budapest-process").contains("IRF", "Budapest Process"));
  }

  @Test
  void theJsonListingCountsWhatTheValidatorAndTheDocumentSay() {
    RcpCliTest.Result result = rcp("datasets", "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode list = JsonMapper.builder().build().readTree(result.out());
    assertThat(list.size()).isEqualTo(9);
    for (JsonNode row : list) {
      Datasets.Dataset dataset = Datasets.find(row.get("id").asString()).orElseThrow();
      var report = RcpValidator.validate(dataset.read());
      assertThat(row.get("findings").get("ERROR").asInt()).isZero().isEqualTo(report.errors().size());
      assertThat(row.get("findings").get("WARNING").asInt()).isEqualTo(report.warnings().size());
      assertThat(row.get("findings").get("INFO").asInt()).isEqualTo(report.withSeverity(Severity.INFO).size());
      assertThat(row.get("kind").asString()).isEqualTo(dataset.read().getProcesses().get(0).getKind().name());
      // Counted independently: every object whose "sources" is a list of ids.
      List<JsonNode> citing = new ArrayList<>();
      collect(JsonMapper.builder().build().readTree(dataset.text()), citing);
      assertThat(row.get("records").asInt()).isEqualTo(citing.size()).isPositive();
    }
  }

  private static void collect(JsonNode node, List<JsonNode> citing) {
    if (node.isObject() && node.has("sources") && node.get("sources").isArray()
        && node.get("sources").size() > 0 && node.get("sources").get(0).isString()) {
      citing.add(node);
    }
    node.forEach(child -> collect(child, citing));
  }

  @Test
  void exportWritesNineFilesEqualToTheShippedTextThatValidateWithoutAnError() throws Exception {
    Path out = dir.resolve("new/sub");

    RcpCliTest.Result result = rcp("datasets", "export", out.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(9).allMatch(l -> l.startsWith("wrote "));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(Datasets.all().stream().map(Datasets.Dataset::fileName).toList());
    }
    for (Datasets.Dataset d : Datasets.all()) {
      assertThat(Files.readString(out.resolve(d.fileName()))).isEqualTo(d.text());
      assertThat(RcpJson.strict().read(out.resolve(d.fileName())).document()).isEqualTo(d.read());
    }
    RcpCliTest.Result validate = rcp("validate", out.toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.out()).doesNotContain("ERROR");
  }

  @Test
  void exportOntoAFileThatIsNotADirectoryFailsInOneLineAndWritesNothing() throws Exception {
    Path file = dir.resolve("plain.txt");
    Files.writeString(file, "keep");

    RcpCliTest.Result result = rcp("datasets", "export", file.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("not a directory");
    assertThat(Files.readString(file)).isEqualTo("keep");
  }

  @Test
  void rosterAndTimelineTakeADatasetId() throws Exception {
    RcpCliTest.Result roster = rcp("roster", "midsa", "--process", "midsa", "--at", "2024-06");
    assertThat(roster.exitCode()).as(roster.err()).isZero();
    assertThat(roster.out()).contains("chair: Angola (AGO)");

    Path svg = dir.resolve("bali.svg");
    RcpCliTest.Result timeline = rcp("timeline", "bali-process", "--process", "bali-process", "--out", svg.toString());
    assertThat(timeline.exitCode()).as(timeline.err()).isZero();
    assertThat(Files.readString(svg)).contains("AUS");
  }

  @Test
  void showAndReportTakeADatasetId() throws Exception {
    RcpCliTest.Result show = rcp("show", "budapest-process");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("Budapest Process", "fact.conflict");

    Path html = dir.resolve("rabat.html");
    RcpCliTest.Result report = rcp("report", "rabat-process", "--out", html.toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(Files.readString(html)).contains("Rabat Process", "First ministerial conference", "Migration dialogues");
  }

  @Test
  void aFileThatExistsWinsOverADatasetOfTheSameName() throws Exception {
    Path file = dir.resolve("midsa");
    Files.writeString(file, Datasets.find("bali-process").orElseThrow().text());

    RcpCliTest.Result roster = rcp("roster", file.toString(), "--process", "midsa");

    assertThat(roster.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(roster.err()).contains("no process with id 'midsa'", "bali-process");
  }

  @Test
  void anUnknownNameThatIsNeitherAFileNorADatasetSaysBoth() {
    RcpCliTest.Result roster = rcp("roster", "no-such-thing", "--process", "x");

    assertThat(roster.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(roster.err()).contains("no such file", "bundled dataset", "almaty-process");
    assertThat(roster.err().lines()).hasSize(1);
  }

  @Test
  void theHelpOfRosterAndTimelineSaysAFileWins() {
    for (String command : List.of("roster", "timeline", "show", "report")) {
      assertThat(rcp(command, "--help").out().replaceAll("\\s+", " ")).contains("id of a bundled dataset", "A file that exists wins");
    }
  }
}
