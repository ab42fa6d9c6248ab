package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.RuleCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tool's habits as a user meets them, in-process; the hostile cases as processes are in HostileInputIT. */
class CliHabitsTest {

  @TempDir
  Path dir;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static RcpCliTest.Result rcp(String... args) {
    return RcpCliTest.rcp(args);
  }

  private Path almaty() throws Exception {
    Path file = dir.resolve("almaty-process.json");
    if (!Files.exists(file)) {
      try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
        Files.copy(in, file);
      }
    }
    return file;
  }

  private Path noMembers() throws Exception {
    return Files.writeString(dir.resolve("no-members.json"), RcpJson.strict().writePretty(Document.builder()
        .addProcesses(ConsultativeProcess.builder().id("p").name("Empty process").kind(ProcessKind.RCP)
            // A complete member list that names no one: surely no member (an ERROR, not open-world advice).
            .addCompleteLists(org.rcpmodel.CompleteList.builder().role(org.rcpmodel.Role.MEMBER)
                .asOf(org.rcpmodel.time.PartialDate.parse("2025-04-24")).build())
            .build()).build()));
  }

  @Test
  void bareRcpIsAUsageErrorWithTheUsageOnStandardError() {
    RcpCliTest.Result result = rcp();

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("rcp: no command given").contains("Usage: rcp", "validate", "timeline");
  }

  @Test
  void anUnknownCommandHasOnePrefixAndADidYouMean() {
    RcpCliTest.Result result = rcp("validat", "x.json");

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("rcp: ").doesNotContain("rcp rcp").contains("did you mean 'validate'");
  }

  @Test
  void anUnknownOptionHasADidYouMeanNamingTheCommand() throws Exception {
    RcpCliTest.Result result = rcp("validate", "--formt", "json", almaty().toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("rcp validate: ").contains("'--formt'", "did you mean '--format'");
  }

  @Test
  void theLanguageIsAcceptedInAnyCase() throws Exception {
    RcpCliTest.Result upper = rcp("validate", "--lang", "RU", noMembers().toString());
    RcpCliTest.Result lower = rcp("validate", "--lang", "ru", noMembers().toString());

    assertThat(upper.exitCode()).isEqualTo(Rcp.INVALID);
    assertThat(upper.out()).isEqualTo(lower.out()).containsPattern("[а-яА-Я]");
  }

  @Test
  void theProcessMayBeLeftOutOfAOneProcessDocumentButNotOfATwoProcessOne() throws Exception {
    RcpCliTest.Result one = rcp("roster", almaty().toString(), "--at", "2020");
    Path two = Files.writeString(dir.resolve("two.json"), RcpJson.strict().writePretty(Document.builder()
        .addProcesses(ConsultativeProcess.builder().id("first").name("First").kind(ProcessKind.RCP).build(),
            ConsultativeProcess.builder().id("second").name("Second").kind(ProcessKind.RCP).build()).build()));
    RcpCliTest.Result both = rcp("roster", two.toString(), "--at", "2020");
    RcpCliTest.Result timeline = rcp("timeline", two.toString(), "--out", dir.resolve("t.svg").toString());

    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).startsWith("Almaty Process on 2020:").contains("Kazakhstan (KAZ)");
    assertThat(both.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(both.err().lines()).singleElement().asString()
        .contains("2 processes", "--process", "first, second");
    assertThat(timeline.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(timeline.err()).contains("--process");
    assertThat(dir.resolve("t.svg")).doesNotExist();
  }

  @Test
  void rosterAsJsonNamesEveryHolderWithItsAnswer() throws Exception {
    RcpCliTest.Result result = rcp("roster", almaty().toString(), "--at", "2020", "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode roster = MAPPER.readTree(result.out());
    assertThat(roster.get("process").asString()).isEqualTo("almaty-process");
    assertThat(roster.get("date").asString()).isEqualTo("2020");
    assertThat(roster.get("chairs").get(0).get("id").asString()).isEqualTo("TJK");
    // UNHCR dates Tajikistan's term November 2018 - January 2021, which covers all of 2020.
    assertThat(roster.get("chairs").get(0).get("answer").asString()).isEqualTo("YES");
    List<String> members = new ArrayList<>();
    roster.get("roles").get("member").forEach(m -> members.add(m.get("name").asString()));
    assertThat(members).contains("Kazakhstan (KAZ)", "Afghanistan (AFG)").hasSize(7);
  }

  @Test
  void rosterAsksTheRecordsAboutTheirOwnAsOfDateUnlessTold() throws Exception {
    Path document = Files.writeString(dir.resolve("asof.json"),
        "{\"schemaVersion\": \"1.0\", \"asOf\": \"2016-03\", \"processes\": [{\"id\": \"p\", \"name\": \"P\","
            + " \"kind\": \"RCP\", \"participations\": [{\"participant\": {\"state\": \"KAZ\"}, \"role\": \"MEMBER\","
            + " \"period\": \"2013/..\"}]}]}");

    RcpCliTest.Result byDefault = rcp("roster", document.toString(), "--format", "json");
    RcpCliTest.Result told = rcp("roster", document.toString(), "--at", "2014", "--format", "json");

    assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
    assertThat(MAPPER.readTree(byDefault.out()).get("date").asString()).isEqualTo("2016-03");
    assertThat(MAPPER.readTree(told.out()).get("date").asString()).isEqualTo("2014");
  }

  @Test
  void theTextReportListsErrorsThenWarningsThenNotesAndEndsWithASummaryOverFiles() throws Exception {
    // Almaty with the first source's id broken: ERRORs (dangling references) beside its WARNINGs and INFOs.
    Path broken = Files.writeString(dir.resolve("broken.json"),
        Files.readString(almaty()).replace("\"id\": \"iom-2025-04-24\"", "\"id\": \"renamed\""));

    RcpCliTest.Result result = rcp("validate", almaty().toString(), broken.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.INVALID);
    List<String> lines = result.out().lines().toList();
    List<String> severities = lines.stream().filter(l -> l.startsWith("  "))
        .map(l -> l.strip().split(" ")[0]).toList();
    assertThat(severities).contains("ERROR", "WARNING", "INFO");
    // Within each file the severities never go back up: no INFO between ERRORs.
    int fileStart = lines.indexOf(lines.stream().filter(l -> l.startsWith(broken.toString())).findFirst().orElseThrow());
    List<String> ofBroken = lines.subList(fileStart + 1, lines.size() - 1).stream()
        .map(l -> l.strip().split(" ")[0]).toList();
    assertThat(ofBroken).isSortedAccordingTo(java.util.Comparator.comparing(
        s -> org.rcpmodel.validation.Severity.valueOf(s).ordinal()));
    assertThat(lines.get(lines.size() - 1)).matches("2 files: 1 valid, 1 invalid, 0 unreadable; \\d+ errors, \\d+ warnings, \\d+ notes");
  }

  @Test
  void violationsSayTheirLineAndColumnInTextAndJson() throws Exception {
    Path file = noMembers();
    List<String> text = Files.readAllLines(file);

    RcpCliTest.Result plain = rcp("validate", file.toString());
    RcpCliTest.Result json = rcp("validate", "--format", "json", file.toString());

    String line = plain.out().lines().filter(l -> l.contains("process.no-members")).findFirst().orElseThrow();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("  ERROR (\\d+):(\\d+) process\\.no-members /processes/0/participations: ")
        .matcher(line);
    assertThat(m.lookingAt()).as(line).isTrue();
    int row = Integer.parseInt(m.group(1));
    int column = Integer.parseInt(m.group(2));
    // The pointer names a list left out of the file (it is empty): its process is the place named.
    assertThat(text.get(row - 1).substring(column - 1)).as("the place named").startsWith("{");
    assertThat(text.get(row - 2)).contains("\"processes\"");
    JsonNode violation = MAPPER.readTree(json.out()).get("violations").get(0);
    assertThat(violation.get("line").asInt()).isEqualTo(row);
    assertThat(violation.get("column").asInt()).isEqualTo(column);
  }

  @Test
  void sarifIsOneRunWithTheCatalogueAsRulesAndEveryFindingAsAResult() throws Exception {
    Path bad = noMembers();

    RcpCliTest.Result result = rcp("validate", "--format", "sarif", almaty().toString(), bad.toString(),
        dir.resolve("missing.json").toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    JsonNode log = MAPPER.readTree(result.out());
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    List<String> ruleIds = new ArrayList<>();
    rules.forEach(r -> ruleIds.add(r.get("id").asString()));
    assertThat(ruleIds).containsAll(RuleCatalogue.rules().stream().map(r -> r.code()).toList()).contains("io.failed")
        .doesNotHaveDuplicates();
    JsonNode results = run.get("results");
    JsonNode noMembers = null;
    JsonNode missing = null;
    for (JsonNode r : results) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(r.get("ruleId").asString());
      assertThat(r.get("level").asString()).isIn("error", "warning", "note");
      assertThat(r.get("message").get("text").asString()).isNotBlank();
      if (r.get("ruleId").asString().equals("process.no-members")) {
        noMembers = r;
      }
      if (r.get("ruleId").asString().equals("io.failed")) {
        missing = r;
      }
    }
    assertThat(noMembers).isNotNull();
    JsonNode location = noMembers.get("locations").get(0);
    assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asString()).endsWith("/no-members.json");
    assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isPositive();
    assertThat(location.get("physicalLocation").get("region").get("startColumn").asInt()).isPositive();
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString()).isEqualTo("/processes/0/participations");
    assertThat(noMembers.get("level").asString()).isEqualTo("error");
    assertThat(missing).isNotNull();
    assertThat(Sarif.uri(Path.of("docs", "a b.json"))).isEqualTo("docs/a%20b.json");
  }

  @Test
  void aFailingStandardOutputIsExitCodeTwoAndOneLine() throws Exception {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();

    int exit = Rcp.run(new String[] {"validate", almaty().toString()},
        new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true), new PrintWriter(err));

    assertThat(exit).isEqualTo(Rcp.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("rcp: cannot write standard output");
  }

  @Test
  void demoChecksItsOutputDirectoryBeforeAnyWork() {
    RcpCliTest.Result result = rcp("demo", "--out-dir", dir.resolve("missing").toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().asString()
        .isEqualTo("rcp demo: " + dir.resolve("missing") + ": no such directory; nothing was written");
  }

  @Test
  void timelineRefusesToOverwriteItsInput() throws Exception {
    Path input = almaty();
    String before = Files.readString(input);

    RcpCliTest.Result result = rcp("timeline", input.toString(), "--out", input.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("is the input document; refusing to overwrite it");
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void aDirectoryThatCannotBeListedIsOneIoFailureAndTheRestIsValidated() throws Exception {
    Path tree = Files.createDirectory(dir.resolve("tree"));
    Files.copy(almaty(), tree.resolve("a.json"));
    Path sub = Files.createDirectory(tree.resolve("sub"));
    Files.copy(almaty(), sub.resolve("b.json"));
    Path locked = Files.createDirectory(tree.resolve("locked"));
    Files.copy(almaty(), locked.resolve("c.json"));
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
          "root reads every directory whatever its mode; HostileInputIT proves this case as an unprivileged process");

      RcpCliTest.Result result = rcp("validate", "--format", "json", tree.toString());

      assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
      List<JsonNode> files = result.out().lines().map(MAPPER::readTree).toList();
      assertThat(files).extracting(f -> f.get("file").asString())
          .containsExactly(tree.resolve("a.json").toString(), locked.toString(), sub.resolve("b.json").toString());
      assertThat(files.get(1).get("violations").get(0).get("code").asString()).isEqualTo("io.failed");
      assertThat(result.err().lines()).singleElement().asString().contains("locked: cannot list the directory");
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void jsonOutputEscapesWhatATerminalActsOnAndStillReadsBackAsTheDocumentsText() throws Exception {
    String hostile = "x\\u001b]52;c;SGVsbG8=\\u0007\\u009b2J\\u202e\\u2028\\u007f"; // JSON escapes in the file
    Path file = Files.writeString(dir.resolve("hostile.json"), Files.readString(almaty())
        .replaceFirst("\"iom-2025-04-24\"(?=\\s*\\])", java.util.regex.Matcher.quoteReplacement("\"" + hostile + "\"")));

    RcpCliTest.Result json = rcp("validate", "--format", "json", file.toString());
    RcpCliTest.Result sarif = rcp("validate", "--format", "sarif", file.toString());

    for (String out : List.of(json.out(), sarif.out())) {
      assertThat(out.strip().chars().filter(c -> TerminalText.isUnsafe((char) c)).boxed().toList()).isEmpty();
      assertThat(out).contains("x\\u001B]52;c;SGVsbG8=\\u0007\\u009B2J\\u202E\\u2028\\u007F");
    }
    List<String> messages = new ArrayList<>();
    MAPPER.readTree(json.out()).get("violations").forEach(v -> messages.add(v.get("message").asString()));
    assertThat(messages).anySatisfy(message -> assertThat(message).contains("x\u001b]52;c;SGVsbG8=\u0007\u009b2J\u202e\u2028\u007f"));
  }
}
