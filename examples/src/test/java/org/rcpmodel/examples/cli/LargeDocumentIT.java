package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.OrganizationKind;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * A document of more than 17 MiB is drawn and reported by the packaged jar in a 256 MB heap: the
 * timeline and the report are streamed to their files, never held as one string. Runs after
 * {@code package}, as a real process.
 */
class LargeDocumentIT {

  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");

  @TempDir
  Path dir;

  private static Path largeDocument(Path dir) throws Exception {
    ConsultativeProcess.Builder process = ConsultativeProcess.builder().id("large").name("Large Process")
        .kind(ProcessKind.GLOBAL).established(PartialDate.parse("2000"))
        .addParticipations(Participation.builder().participant(Participant.state("KAZ")).role(Role.MEMBER)
            .period(Period.parse("2000/..")).build());
    Document.Builder document = Document.builder().asOf(PartialDate.parse("2025-04-24"));
    for (int i = 0; i < 75_000; i++) {
      String id = "organization-" + i;
      document.addOrganizations(Organization.builder().id(id).name("Organization number " + i + " with a long name")
          .kind(OrganizationKind.OFFICE).build());
      process.addParticipations(Participation.builder().participant(Participant.organization(id)).role(Role.PARTNER)
          .period(Period.parse("2014/..")).asOf(PartialDate.parse("2025-04-24")).build());
    }
    Path file = dir.resolve("large.json");
    Files.writeString(file, RcpJson.strict().writePretty(document.addProcesses(process.build()).build()));
    assertThat(Files.size(file)).isGreaterThan(17L << 20);
    return file;
  }

  private static String run(List<String> args, Path err) throws Exception {
    Process process = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    // A hang guard, far above the half minute a loaded machine takes.
    assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(errors).isZero();
    return errors;
  }

  private static String tail(Path file) throws Exception {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      byte[] end = new byte[16];
      in.seek(in.length() - end.length);
      in.readFully(end);
      return new String(end, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLargeDocumentsTimelineAndReportAreWrittenInA256MegabyteHeap() throws Exception {
    Path input = largeDocument(dir);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = TARGET.resolve("rcp.jar").toString();

    String timelineErrors = run(List.of(java, "-Xmx256m", "-jar", jar, "timeline", input.toString(), "--process", "large",
        "--out", dir.resolve("large.svg").toString()), dir.resolve("timeline.err"));
    String reportErrors = run(List.of(java, "-Xmx256m", "-jar", jar, "report", input.toString(),
        "--out", dir.resolve("large.html").toString()), dir.resolve("report.err"));

    assertThat(timelineErrors).isEmpty();
    assertThat(reportErrors).isEmpty();
    assertThat(tail(dir.resolve("large.svg"))).endsWith("</svg>\n");
    assertThat(Files.size(dir.resolve("large.svg"))).isGreaterThan(Files.size(input));
    assertThat(tail(dir.resolve("large.html"))).endsWith("</html>\n");
  }
}
