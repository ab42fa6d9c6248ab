package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.RuleCatalogue;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RcpCliTest {

  @TempDir
  Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result rcp(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Rcp.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path almatyFile() throws Exception {
    Path file = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path write(String name, Document document) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, RcpJson.strict().writePretty(document));
    return file;
  }

  private static void assertOneCleanLine(String err) {
    assertThat(err.strip().lines().filter(line -> !line.startsWith(ValidateCommand.PROGRESS))).hasSize(1);
    assertThat(err).doesNotContain("\tat ", "Exception");
  }

  private static List<Element> chairTerms(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList all = factory.newDocumentBuilder().parse(svg.toFile())
        .getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    List<Element> terms = new java.util.ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals("chair-term")) {
        terms.add(e);
      }
    }
    return terms;
  }

  @Test
  void theBundledAlmatyDatasetHoldsWhatItsSourcesStateAndNotTheOldFixturesInventions() throws Exception {
    Document bundled = RcpJson.strict().read(almatyFile()).document();
    ConsultativeProcess almaty = bundled.getProcesses().get(0);

    // The format 1.0 fixture (core's AlmatyFixture) is a test input, no longer the reference dataset.
    assertThat(bundled).isNotEqualTo(AlmatyFixture.document());
    assertThat(bundled.getSchemaVersion()).isEqualTo("1.1");
    // No member is given a start the pages do not state: founding members from the founding year,
    // current members only as of the release.
    assertThat(almaty.getParticipations()).noneMatch(p -> p.getPeriod().toString().startsWith("2013-06"));
    // The 2011 Almaty Declaration was adopted by nine States, in March 2011 (the day is not given).
    assertThat(almaty.getDeclarations().get(0).getAdopters()).hasSize(9);
    assertThat(almaty.getDeclarations().get(0).getAdopted()).hasToString("2011-03");
    // The third conference took place "this week" of a release dated 24 April 2025: the month only.
    assertThat(almaty.getMeetings()).filteredOn(m -> m.getId().equals("mc3-baku-2025")).singleElement()
        .satisfies(m -> assertThat(m.getPeriod()).hasToString("2025-04"));
    // Every source is a page with its address.
    assertThat(bundled.getSources()).filteredOn(s -> s.getUrl().isEmpty()).extracting(s -> s.getId())
        .containsExactly("un-turkiye-name");
  }

  @Test
  void rosterAtTheStartOf2025NamesAzerbaijanWhoseChairmanshipConcludedInApril() throws Exception {
    Result result = rcp("roster", almatyFile().toString(), "--process", "almaty-process", "--at", "2025-01");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("chair: Azerbaijan (AZE),").doesNotContain("none recorded");
  }

  @Test
  void demoPrintsTheProcessAndWritesTheTimeline() throws Exception {
    Result result = rcp("demo", "--out-dir", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("Almaty Process (regional consultative process), established 2013")
        .contains("members (7)", "Afghanistan (AFG)", "Türkiye (TUR)")
        .contains("observers (4)", "Italy (ITA)", "Turkmenistan (TKM)")
        .contains("Chair history", "2013-06/2016-11", "2016-10/2018-09", "2016-11/2018-11", "2018-11/2021-01",
            "2021/2022", "2023/2024", "2023/2025-04", "2025-04/ ")
        .contains("Third Ministerial Conference, Baku", "Baku Declaration, adopted 2025-04 ")
        .contains("climate related mobility")
        .contains("around 8,000,000 citizens abroad (members)", "nearly 25,000,000 international migrants")
        .contains("IOM, \"IOM Reinforces Commitment to the Almaty Process")
        .contains("Validation: 0 errors")
        .contains("Timeline written to " + dir.resolve(DemoCommand.TIMELINE_FILE).toAbsolutePath());
    assertThat(chairTerms(dir.resolve(DemoCommand.TIMELINE_FILE))).hasSize(12);
  }

  @Test
  void validateAcceptsTheAlmatyDocument() throws Exception {
    Result result = rcp("validate", almatyFile().toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("almaty-process.json: valid (0 errors");
  }

  @Test
  void validateAsJsonPrintsOneObjectPerFileWithTheLibrarysCodesAndPointers() throws Exception {
    Document noMembers = Document.builder().addProcesses(ConsultativeProcess.builder()
        .id("p").name("Empty process").kind(org.rcpmodel.ProcessKind.RCP).addCompleteLists(completeMemberList()).build())
        .build();
    Path bad = write("no-members.json", noMembers);

    Result result = rcp("validate", "--format", "json", almatyFile().toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.INVALID);
    List<String> lines = result.out().strip().lines().toList();
    assertThat(lines).hasSize(2);
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode good = mapper.readTree(lines.get(0));
    assertThat(good.get("file").asString()).endsWith("almaty-process.json");
    assertThat(good.get("valid").asBoolean()).isTrue();
    assertThat(good.get("errors").asInt()).isZero();
    assertThat(good.get("warnings").asInt()).isPositive();
    JsonNode invalid = mapper.readTree(lines.get(1));
    assertThat(invalid.get("valid").asBoolean()).isFalse();
    assertThat(invalid.get("errors").asInt()).isEqualTo(1);
    assertThat(invalid.get("violations").get(0).get("code").asString()).isEqualTo("process.no-members");
    assertThat(invalid.get("violations").get(0).get("severity").asString()).isEqualTo("ERROR");
    assertThat(invalid.get("violations").get(0).get("path").asString()).startsWith("/processes/0");
    assertThat(invalid.get("violations").get(0).get("message").asString()).isNotBlank();
  }

  @Test
  void validateSpeaksRussianOnRequest() throws Exception {
    Document noMembers = Document.builder().addProcesses(ConsultativeProcess.builder()
        .id("p").name("Empty process").kind(org.rcpmodel.ProcessKind.RCP).addCompleteLists(completeMemberList()).build())
        .build();

    Result result = rcp("validate", "--lang", "ru", write("no-members.json", noMembers).toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.INVALID);
    assertThat(result.out()).containsPattern("process\\.no-members /processes/0\\S*: .*[а-яА-Я]");
  }

  @Test
  void demoRejectsAnUnknownLanguageLikeValidateBeforeDoingAnything() throws Exception {
    Result demo = rcp("demo", "--lang", "xx", "--out-dir", dir.toString());
    Result validate = rcp("validate", "--lang", "xx", almatyFile().toString());

    assertThat(demo.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(demo.out()).isEmpty();
    assertThat(demo.err().strip()).isEqualTo("rcp demo: --lang must be en or ru, not 'xx'");
    assertOneCleanLine(demo.err());
    assertThat(dir.resolve(DemoCommand.TIMELINE_FILE)).doesNotExist();
    assertThat(validate.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(validate.out()).isEmpty();
    assertThat(validate.err().strip()).isEqualTo("rcp validate: --lang must be en or ru, not 'xx'");
  }

  @Test
  void validateWalksADirectory() throws Exception {
    almatyFile();
    Files.createDirectories(dir.resolve("more"));
    Files.copy(dir.resolve("almaty-process.json"), dir.resolve("more/copy.json"));
    Files.writeString(dir.resolve("more/notes.txt"), "not a document");

    Result result = rcp("validate", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().filter(l -> l.contains(": valid"))).hasSize(2);
  }

  @Test
  void validatingManyFilesShowsProgressOnStandardErrorOnly() throws Exception {
    Path first = almatyFile();
    Files.copy(first, dir.resolve("second.json"));
    Files.copy(first, dir.resolve("third.json"));

    Result result = rcp("validate", "--progress-every", "0", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err().lines()).containsExactly(
        ValidateCommand.PROGRESS + "1/3 files", ValidateCommand.PROGRESS + "2/3 files",
        ValidateCommand.PROGRESS + "3/3 files, done");
    assertThat(result.out()).doesNotContain("progress");
  }

  @Test
  void validateInLenientModeReportsUnknownPropertiesOnStandardError() throws Exception {
    String text = Files.readString(almatyFile()).replaceFirst("\\{", "{\"comment\": \"hello\",");
    Path file = dir.resolve("extra.json");
    Files.writeString(file, text);

    Result strict = rcp("validate", file.toString());
    Result lenient = rcp("validate", "--lenient", file.toString());

    assertThat(strict.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(strict.err()).contains("extra.json", "comment");
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).contains("/comment");
  }

  @Test
  void validateOfAMissingFileSaysSoInOneLine() {
    Result result = rcp("validate", dir.resolve("nowhere.json").toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("nowhere.json: no such file");
    assertOneCleanLine(result.err());
  }

  @Test
  void validateOfAnEmptyFileSaysSoInOneLine() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.json"));

    Result result = rcp("validate", empty.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("empty.json: is empty");
    assertOneCleanLine(result.err());
  }

  @Test
  void validateAsJsonGivesAFileItCannotReadTheLibrarysDocumentedCodes() throws Exception {
    Path missing = dir.resolve("nowhere.json");
    Path empty = Files.createFile(dir.resolve("empty.json"));
    Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
    boolean canLock = locked.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (canLock) {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
      canLock = !Files.isReadable(locked); // root reads anything
    }

    Result result = rcp("validate", "--format", "json", missing.toString(), empty.toString(), locked.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    JsonMapper mapper = JsonMapper.builder().build();
    List<JsonNode> objects = result.out().strip().lines().map(mapper::readTree).toList();
    assertThat(objects).hasSize(3);
    assertThat(objects.get(0).get("violations").get(0).get("code").asString()).isEqualTo(Codes.IO);
    assertThat(objects.get(1).get("violations").get(0).get("code").asString()).isEqualTo(Codes.MALFORMED);
    if (canLock) {
      assertThat(objects.get(2).get("violations").get(0).get("code").asString()).isEqualTo(Codes.IO);
    }
    assertThat(result.out()).doesNotContain("file.unreadable");
  }

  @Test
  void readingADirectoryFailsWithTheIoCode() {
    assertThatThrownBy(() -> Inputs.read(dir, false)).isInstanceOfSatisfying(CliException.class, e -> {
      assertThat(e.code()).isEqualTo(Codes.IO);
      assertThat(e.exitCode()).isEqualTo(Rcp.BAD_INPUT);
      assertThat(e.getMessage()).contains("is a directory");
    });
  }

  @Test
  void validateOfBinaryGarbageSaysWhereInOneLine() throws Exception {
    Path garbage = dir.resolve("garbage.json");
    byte[] bytes = new byte[512];
    new java.util.Random(42).nextBytes(bytes);
    Files.write(garbage, bytes);

    Result result = rcp("validate", garbage.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("garbage.json:1:");
    assertOneCleanLine(result.err());
  }

  @Test
  void aBrokenFileAmongGoodOnesMakesTheExitCodeTwo() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\",");

    Result result = rcp("validate", "--format", "json", almatyFile().toString(), broken.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.out().strip().lines()).hasSize(2);
    assertThat(result.out()).contains("\"valid\":false");
    assertOneCleanLine(result.err());
  }

  @Test
  void validateOfADirectoryWithNoDocumentsSaysNothingWasValidated() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    Result result = rcp("validate", empty.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("no *.json file", "nothing was validated");
    assertOneCleanLine(result.err());
  }

  @Test
  void lenientWarningsArePrintedAsOneReadableLineEach() throws Exception {
    String text = Files.readString(almatyFile()).replaceFirst("\\{", "{\"comment\": \"hello\",");
    Path file = dir.resolve("extra.json");
    Files.writeString(file, text);

    Result result = rcp("validate", "--lenient", file.toString());

    assertThat(result.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("rcp validate: " + file + ":1:")
        .contains("[field.unknown at '/comment']")
        .doesNotContain("ReadWarning["));
  }

  @Test
  void theTimelinePictureIsReadableByEveryone() throws Exception {
    Path svg = dir.resolve("timeline.svg");

    rcp("timeline", almatyFile().toString(), "--process", "almaty-process", "--out", svg.toString());

    if (Files.getFileStore(svg).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(svg)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void verboseShowsTheStackTraceOfAFailure() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[1, 2");

    Result result = rcp("roster", "--verbose", broken.toString(), "--process", "x");

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("\tat ");
  }

  @Test
  void verboseShowsTheStackTraceOfAFileValidateCannotRead() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[1, 2");

    Result before = rcp("--verbose", "validate", broken.toString());
    Result after = rcp("validate", "--verbose", broken.toString());
    Result quiet = rcp("validate", broken.toString());

    assertThat(before.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(before.err()).startsWith("rcp validate: " + broken).contains("\tat ");
    assertThat(after.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(after.err()).contains("\tat ");
    assertThat(quiet.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertOneCleanLine(quiet.err());
    assertThat(quiet.err().strip()).isEqualTo(before.err().lines().findFirst().orElseThrow());
  }

  @Test
  void rulesListsTheWholeCatalogue() {
    Result text = rcp("rules");
    Result json = rcp("rules", "--format", "json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out().strip().lines()).hasSize(RuleCatalogue.rules().size());
    assertThat(text.out()).contains("chair.overlap", "fact.conflict", "figure.unsourced");
    JsonNode rules = JsonMapper.builder().build().readTree(json.out());
    assertThat(rules.size()).isEqualTo(RuleCatalogue.rules().size());
    assertThat(rules.get(0).get("code").asString()).isEqualTo(RuleCatalogue.rules().get(0).code());
  }

  @Test
  void theSharedJsonFactoryFlushesButNeverClosesItsTarget() {
    StringWriter text = new StringWriter();
    boolean[] closed = {false};
    PrintWriter target = new PrintWriter(text) {
      @Override
      public void close() {
        closed[0] = true;
        super.close();
      }
    };

    try (tools.jackson.core.JsonGenerator g = Inputs.JSON.createGenerator(
        tools.jackson.core.ObjectWriteContext.empty(), target)) {
      g.writeStartArray();
      g.writeEndArray();
    }
    target.print("!");
    target.flush();

    assertThat(closed[0]).isFalse();
    assertThat(text).hasToString("[]!");
  }

  @Test
  void rosterAnswersWhoChairedWithMaybeWhereTheDatesArePartial() throws Exception {
    Result result = rcp("roster", almatyFile().toString(), "--process", "almaty-process", "--at", "2022-06-01");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Almaty Process on 2022-06-01")
        .contains("chair: Türkiye (TUR) (maybe)")
        .contains("members (7): Afghanistan (AFG) (maybe), Azerbaijan (AZE) (maybe)")
        .contains("observers (4): Iran (IRN) (maybe)");
  }

  @Test
  void rosterUsesTheNameAStateBoreOnTheDate() throws Exception {
    Result result = rcp("roster", almatyFile().toString(), "--process", "almaty-process", "--at", "2021-06");

    assertThat(result.out()).contains("chair: Turkey (TUR)");
  }

  @Test
  void rosterOfAnUnknownProcessListsTheKnownOnes() throws Exception {
    Result result = rcp("roster", almatyFile().toString(), "--process", "bali-process");

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("no process with id 'bali-process'", "almaty-process");
    assertOneCleanLine(result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-30", "2023-13", "yesterday", "20131"})
  void rosterRejectsAnInvalidDateInOneLine(String date) throws Exception {
    Result result = rcp("roster", almatyFile().toString(), "--process", "almaty-process", "--at", date);

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains(date);
    assertOneCleanLine(result.err());
  }

  @Test
  void rosterOfADirectorySaysAFileIsExpected() {
    Result result = rcp("roster", dir.toString(), "--process", "almaty-process");

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("is a directory");
    assertOneCleanLine(result.err());
  }

  @Test
  void timelineWritesAnSvgWithEveryChairTerm() throws Exception {
    Path svg = dir.resolve("timeline.svg");

    Result result = rcp("timeline", almatyFile().toString(), "--process", "almaty-process", "--out", svg.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("wrote " + svg.toAbsolutePath());
    assertThat(chairTerms(svg)).extracting(e -> e.getAttribute("data-chair") + " " + e.getAttribute("data-period"))
        .containsExactly("KAZ 2013/2016", "KAZ 2013-06/2016-11", "KGZ 2016-10/2018-09", "KGZ 2016-10/2018-10",
            "KGZ 2016-11/2018-11", "TJK 2018/2020", "TJK 2018-11/2021-01", "TUR 2021/2022", "TUR 2021-01/",
            "AZE 2023/2024", "AZE 2023/2025-04", "KAZ 2025-04/");
  }

  @Test
  void timelineOfANameWithALoneSurrogateWritesTheSvgWithoutIt() throws Exception {
    String text = Files.readString(almatyFile())
        .replace("\"name\": \"Almaty Process\"", "\"name\": \"Almaty \\ud800 Process\"")
        .replace("\"name\": \"Kazakhstan\"", "\"name\": \"Kazakh\\ud800stan\"");
    assertThat(text).contains("Almaty \\ud800 Process", "Kazakh\\ud800stan");
    Path file = dir.resolve("surrogate.json");
    Files.writeString(file, text);
    Path svg = dir.resolve("timeline.svg");

    Result result = rcp("timeline", file.toString(), "--process", "almaty-process", "--out", svg.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(Files.readString(svg)).doesNotContain("\ud800").contains("Almaty \uFFFD Process");
    assertThat(chairTerms(svg)).hasSize(12);
  }

  @Test
  void timelineIntoADirectoryFailsCleanlyAndWritesNothing() throws Exception {
    Result result = rcp("timeline", almatyFile().toString(), "--process", "almaty-process", "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertOneCleanLine(result.err());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("almaty-process.json");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "validate", "rules", "roster", "timeline", "datasets"})
  void everyCommandHasHelp(String command) {
    Result result = rcp(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: rcp " + command);
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Result result = rcp("frobnicate");

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertOneCleanLine(result.err());
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() throws Exception {
    // --process may be left out of a one-process document (CliHabitsTest); --out of timeline may not.
    Result result = rcp("timeline", almatyFile().toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("--out");
    assertOneCleanLine(result.err());
  }

  @Test
  void theExampleProgramsRun() throws Exception {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      org.rcpmodel.examples.WhoChairedWhen.main(new String[0]);
      org.rcpmodel.examples.PlugIntoYourMapper.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("chair on 2015-03-01: KAZ YES")
        .contains("chair on 2016-11-20: KAZ MAYBE", "chair on 2016-11-20: KGZ MAYBE")
        .contains("Italy a member on 2025-04-24? NO", "Italy an observer on 2025-04-24? YES",
            "Italy an observer in 2020? MAYBE")
        .contains("\"period\":\"2025-04/\"");
  }

  /** A complete member list that names no one: a process with it surely has no member (an ERROR). */
  private static org.rcpmodel.CompleteList completeMemberList() {
    return org.rcpmodel.CompleteList.builder().role(org.rcpmodel.Role.MEMBER)
        .asOf(org.rcpmodel.time.PartialDate.parse("2025-04-24")).build();
  }
}
