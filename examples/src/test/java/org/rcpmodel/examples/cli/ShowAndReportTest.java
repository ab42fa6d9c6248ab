package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.validation.RcpValidator;

/** {@code rcp show}, {@code rcp demo} as show of the bundled dataset, and {@code rcp report}. */
class ShowAndReportTest {

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
    if (!Files.exists(file)) {
      try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
        Files.copy(in, file);
      }
    }
    return file;
  }

  private Document almaty() throws Exception {
    return RcpJson.strict().read(almatyFile()).document();
  }

  private Path write(String name, Document document) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, RcpJson.strict().writePretty(document));
    return file;
  }

  private static Participation member(String code, String period) {
    return Participation.builder().participant(Participant.state(code)).role(Role.MEMBER).period(Period.parse(period)).build();
  }

  /** A two-chair process whose document dates itself 2019 and knows Türkiye by its former name then. */
  private static Document coChaired() {
    return Document.builder().asOf(PartialDate.parse("2019-05-01"))
        .addStates(State.of("AUS", "Australia"), State.of("IDN", "Indonesia"),
            State.builder().code("TUR").name("Türkiye").addFormerNames(FormerName.of("Turkey", Period.parse("../2022-05-31"))).build())
        .addProcesses(ConsultativeProcess.builder().id("bali").name("Bali Process").kind(ProcessKind.IRF)
            .established(PartialDate.parse("2002"))
            .addParticipations(member("AUS", "2002/.."), member("IDN", "2002/.."), member("TUR", "2010/.."))
            .addChairs(Chairmanship.builder().addChairs(Participant.state("AUS"), Participant.state("IDN"))
                .period(Period.parse("2002/..")).build())
            .build())
        .build();
  }

  private static String section(String out, String heading, String next) {
    int start = out.indexOf(heading);
    int end = out.indexOf(next, start);
    assertThat(start).as(heading).isNotNegative();
    return out.substring(start, end < 0 ? out.length() : end);
  }

  @Test
  void showNamesEveryStateAsOfTheDocumentsDateSoARenamedStateIsOneName() throws Exception {
    Document almaty = almaty();
    PartialDate asOf = almaty.getAsOf().orElseThrow();

    Result result = rcp("show", almatyFile().toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    for (State state : almaty.getStates()) {
      if (result.out().contains(state.getCode())) {
        assertThat(result.out()).contains(state.nameOn(asOf));
      }
      for (FormerName former : state.getFormerNames()) {
        if (former.getPeriod().contains(asOf).isNo()) {
          assertThat(result.out()).doesNotContain(former.getName() + " ").doesNotContain(former.getName() + ",");
        }
      }
    }
    Result bali = rcp("show", write("bali.json", coChaired()).toString());
    assertThat(bali.out()).contains("Turkey (TUR)").doesNotContain("Türkiye");
  }

  @Test
  void showTakesTheRosterDateFromTheDocumentNeverTheClock() throws Exception {
    Result almaty = rcp("show", almatyFile().toString());
    Result bali = rcp("show", write("bali.json", coChaired()).toString());

    assertThat(almaty.out()).contains("Almaty Process on " + almaty().getAsOf().orElseThrow() + ":")
        .doesNotContain(LocalDate.now().toString());
    assertThat(bali.out()).contains("Bali Process on 2019-05-01:");
  }

  @Test
  void showSaysMaybeForAnswersAfterTheAsOfDate() throws Exception {
    Result result = rcp("show", almatyFile().toString(), "--at", "2030");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Almaty Process on 2030:", "chair: Kazakhstan (KAZ) (maybe)",
        "Afghanistan (AFG) (maybe)", "the records are as of " + almaty().getAsOf().orElseThrow() + ", before 2030");
    Result before = rcp("show", write("bali.json", coChaired()).toString(), "--at", "2010-06");
    assertThat(before.out()).contains("chair: Australia (AUS), Indonesia (IDN)\n")
        .contains("Australia (AUS), Indonesia (IDN), Turkey (TUR) (maybe)");
  }

  @Test
  void showGroupsCoChairsInTheChairHistory() throws Exception {
    Result result = rcp("show", write("bali.json", coChaired()).toString());

    assertThat(result.out()).contains("2002/..          Australia and Indonesia (co-chairs)");
  }

  @Test
  void showWritesFiguresInWordsWithoutRawFieldNames() throws Exception {
    Document almaty = almaty();

    Result result = rcp("show", almatyFile().toString());

    String figures = section(result.out(), "Figures:", "Sources:");
    assertThat(figures.strip().lines().skip(1)).hasSize(almaty.getProcesses().get(0).getFigures().size());
    for (var figure : almaty.getProcesses().get(0).getFigures()) {
      assertThat(figures).doesNotContain(figure.getMetric() + " ").doesNotContain(figure.getScope().name())
          .doesNotContain(figure.getApproximation().name());
    }
    for (var figure : almaty.getProcesses().get(0).getFigures()) {
      assertThat(figures).contains(org.rcpmodel.examples.Wording.figure(figure));
    }
  }

  @Test
  void showListsEachSourceOnceAndCitesItByNumber() throws Exception {
    Document almaty = almaty();

    Result result = rcp("show", almatyFile().toString());

    for (Source source : almaty.getSources()) {
      // Quoted, as the source list prints it: the older IOM page's title is the process's name.
      assertThat(Pattern.compile(Pattern.quote("\"" + source.getTitle() + "\"")).matcher(result.out()).results().count())
          .as(source.getTitle()).isEqualTo(1);
    }
    var firstTerm = almaty.getProcesses().get(0).getChairs().get(0);
    List<String> ids = almaty.getSources().stream().map(Source::getId).toList();
    String cited = "  [" + String.join(", ", firstTerm.getSources().stream().map(id -> ids.indexOf(id) + 1).sorted()
        .map(String::valueOf).toList()) + "]";
    assertThat(section(result.out(), "Chair history", "Meetings:")).contains(firstTerm.getPeriod() + " ").contains(cited);
    // Each source's version of a term is its own record, citing that source alone.
    assertThat(section(result.out(), "Chair history", "Meetings:")).contains("  [1]", "  [2]", "  [3]", "  [4]");
  }

  @Test
  void showNamesMeetingsAndDeclarationsAndEndsWithTheValidationSummary() throws Exception {
    Document almaty = almaty();
    var process = almaty.getProcesses().get(0);
    var report = RcpValidator.validate(almaty);

    Result result = rcp("show", almatyFile().toString());

    for (var declaration : process.getDeclarations()) {
      var meeting = process.getMeetings().stream().filter(m -> m.getId().equals(declaration.getMeeting().orElseThrow()))
          .findFirst().orElseThrow();
      assertThat(result.out()).contains(declaration.getTitle() + ", adopted " + declaration.getAdopted() + " at "
          + meeting.getName().orElseThrow());
    }
    assertThat(result.out()).contains("Validation: " + report.errors().size() + " errors, " + report.warnings().size()
        + " warnings");
    assertThat(section(result.out(), "Validation:", "\n\n").lines().skip(1)).hasSize(report.violations().size());
  }

  @Test
  void demoIsShowOfTheBundledDatasetThenItsTimeline() throws Exception {
    Result show = rcp("show", almatyFile().toString());
    Result demo = rcp("demo", "--out-dir", dir.toString());

    assertThat(demo.exitCode()).isZero();
    assertThat(demo.out()).startsWith(show.out());
    assertThat(demo.out().substring(show.out().length())).startsWith("\nTimeline written to ");
  }

  @Test
  void showOfAMissingFileOrUnknownProcessIsOneLine() throws Exception {
    Result missing = rcp("show", dir.resolve("nope.json").toString());
    Result unknown = rcp("show", almatyFile().toString(), "--process", "nope");

    assertThat(missing.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.out()).isEmpty();
    assertThat(unknown.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(unknown.err()).contains("no process with id 'nope'");
  }

  @Test
  void showNeutralisesTerminalControlsInDocumentText() throws Exception {
    Document hostile = Document.builder().from(coChaired())
        .title("Clipboard \u001b]52;c;aGVsbG8=\u0007 and \u001b[2J")
        .states(List.of(State.of("AUS", "Australia\nERROR forged line"), State.of("IDN", "Indo\u202enesia")))
        .build();

    Result result = rcp("show", write("hostile.json", hostile).toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).doesNotContain("\u001b", "\u0007", "\u202e")
        .contains("\\u001b]52;c;aGVsbG8=\\u0007", "Australia\\u000aERROR forged line");
    assertThat(result.out().lines()).noneMatch(line -> line.startsWith("ERROR"));
  }

  private String report(Path input, String... more) throws Exception {
    Path html = dir.resolve("report.html");
    List<String> args = new ArrayList<>(List.of("report", input.toString(), "--out", html.toString()));
    args.addAll(List.of(more));
    Result result = rcp(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("wrote " + html.toAbsolutePath());
    return Files.readString(html);
  }

  @Test
  void theReportIsOneSelfContainedPageForPhonesAndPrint() throws Exception {
    Document almaty = almaty();

    String html = report(almatyFile());

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta name=\"viewport\" content=\"width=device-width")
        .contains("<style>", "@media print", "@media (max-width:", "<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .doesNotContain("<script", " src=", "<link", "@import", "url(http", "<?xml");
    Set<String> external = new HashSet<>();
    Matcher href = Pattern.compile("href=\"([^\"#][^\"]*)\"").matcher(html);
    while (href.find()) {
      external.add(href.group(1));
    }
    Set<String> sourceUrls = new HashSet<>();
    almaty.getSources().forEach(s -> s.getUrl().ifPresent(sourceUrls::add));
    assertThat(sourceUrls).containsAll(external);
    for (String heading : List.of("Timeline", "Roster on " + almaty.getAsOf().orElseThrow(), "Participations",
        "Chair history", "Meetings", "Declarations", "Figures", "Sources", "Findings")) {
      assertThat(html).contains(">" + heading + "<");
    }
  }

  @Test
  void everyFindingLinksToTheRecordItPointsAt() throws Exception {
    Document almaty = almaty();
    var report = RcpValidator.validate(almaty);

    String html = report(almatyFile());

    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    Matcher internal = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (internal.find()) {
      assertThat(ids).as("target of #" + internal.group(1)).contains(internal.group(1));
      links++;
    }
    assertThat(links).isPositive();
    Matcher findings = Pattern.compile("<li id=\"finding-\\d+\">.*?</li>").matcher(html);
    List<String> items = new ArrayList<>();
    while (findings.find()) {
      items.add(findings.group());
    }
    assertThat(items).hasSize(report.violations().size());
    for (var v : report.violations()) {
      if (v.path().startsWith("/processes/0/chairs/")) {
        String record = String.join("-", List.of(v.path().split("/")).subList(0, 5));
        assertThat(items).anySatisfy(item -> assertThat(item).contains(v.code()).contains("href=\"#r" + record + "\""));
      }
      // Each finding links to the longest prefix of its pointer that is a record shown on the page.
      String[] segments = v.path().split("/");
      String target = null;
      for (int n = segments.length; n > 1 && target == null; n--) {
        String candidate = "r" + String.join("-", List.of(segments).subList(0, n));
        target = ids.contains(candidate) ? candidate : null;
      }
      String expected = target;
      assertThat(items).as(v.path()).anySatisfy(item -> assertThat(item).contains(v.code())
          .contains(expected == null ? "<code>" + v.path() + "</code>" : "href=\"#" + expected + "\""));
    }
    // Errors, then warnings, then notes.
    assertThat(html.indexOf("id=\"findings-warning\"")).isLessThan(html.indexOf("id=\"findings-info\""));
  }

  @Test
  void theReportEscapesEveryPieceOfDocumentText() throws Exception {
    String hostile = "<script>alert(1)</script>";
    Document document = Document.builder().from(coChaired()).title("</title>" + hostile)
        .addSources(Source.builder().id("s").title("</style>" + hostile).url("javascript:alert(1)").build(),
            Source.builder().id("t").title("Quoted \" ' & text").url("https://example.org/?a=1&b=\"2\"").build())
        .states(List.of(State.of("AUS", "\"><img src=x onerror=alert(1)>"), State.of("IDN", "Indonesia")))
        .build();

    String html = report(write("hostile.json", document));

    assertThat(html).doesNotContain("<script", "<img", "javascript:alert(1)\"", "href=\"javascript")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"")
        .contains("Quoted &quot; &#39; &amp; text");
  }

  @Test
  void theReportShowsTheRosterOnTheChosenDate() throws Exception {
    String html = report(almatyFile(), "--at", "2030");

    assertThat(html).contains(">Roster on 2030<", "Kazakhstan <span class=\"maybe\">(maybe)</span>",
        "the records are as of " + almaty().getAsOf().orElseThrow() + ", before 2030");
  }

  @Test
  void timelineFromAndToChooseTheYearsShownAndMustBeInOrder() throws Exception {
    Path svg = dir.resolve("timeline.svg");

    Result narrow = rcp("timeline", almatyFile().toString(), "--out", svg.toString(), "--from", "2018", "--to", "2021-06");
    String picture = Files.readString(svg);
    Result reversed = rcp("timeline", almatyFile().toString(), "--out", dir.resolve("other.svg").toString(),
        "--from", "2022", "--to", "2021");

    assertThat(narrow.exitCode()).isZero();
    assertThat(Pattern.compile("<text class=\"year\"[^>]*>(\\d+)</text>").matcher(picture).results()
        .map(m -> m.group(1)).toList()).containsExactly("2018", "2019", "2020", "2021");
    assertThat(reversed.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(reversed.err().strip()).endsWith("--to 2021 lies before --from 2022");
    assertThat(dir.resolve("other.svg")).doesNotExist();
  }

  @Test
  void aReportNeverOverwritesItsInput() throws Exception {
    Path input = almatyFile();
    String before = Files.readString(input);

    Result result = rcp("report", input.toString(), "--out", input.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err()).contains("is the input document");
    assertThat(Files.readString(input)).isEqualTo(before);
  }

  @Test
  void aReportIntoADirectoryFailsCleanlyAndWritesNothing() throws Exception {
    Path input = almatyFile();

    Result result = rcp("report", input.toString(), "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(result.err().strip().lines()).hasSize(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("almaty-process.json");
    }
  }
}
