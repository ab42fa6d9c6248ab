package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rcp merge} and {@code rcp diff} end to end through the built {@code target/rcp.jar}, as real
 * processes: the Almaty Process as IOM states it and as UNHCR states it (test resources written from
 * the public pages listed in {@code docs/SOURCES.md}), and the bundled dataset against a copy advanced
 * to 2026. Runs after {@code package} (the build's {@code launcher-test} execution).
 */
class MergeDiffIT {

  private static final Path JAR = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("rcp.jar");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run rcp(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("rcp-out", ".txt");
    Path err = Files.createTempFile("rcp-err", ".txt");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private Path copy(String resource, String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = MergeDiffIT.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static List<JsonNode> findings(Run validation) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    JSON.readTree(validation.out()).get("violations").forEach(all::add);
    return all;
  }

  private static Set<String> codes(List<JsonNode> findings) {
    Set<String> codes = new TreeSet<>();
    findings.forEach(f -> codes.add(f.get("code").asString()));
    return codes;
  }

  @Test
  void theMergeOfIomAndUnhcrReportsKyrgyzstansEndMonthAndTurkmenistansRoleAsConflicts() throws Exception {
    Path iom = copy("/org/rcpmodel/examples/merge/almaty-iom.json", "almaty-iom.json");
    Path unhcr = copy("/org/rcpmodel/examples/merge/almaty-unhcr.json", "almaty-unhcr.json");
    Path merged = dir.resolve("almaty-merged.json");

    Run merge = rcp("merge", iom.toString(), unhcr.toString(), "--out", merged.toString());

    assertThat(merge.exitCode()).as(merge.err()).isEqualTo(0);
    assertThat(merge.err()).isEmpty();
    Run validation = rcp("validate", "--format", "json", merged.toString());
    List<JsonNode> findings = findings(validation);
    List<String> conflicts = new ArrayList<>();
    ConsultativeProcess almaty = RcpJson.strict().read(merged).document().getProcesses().get(0);
    for (JsonNode f : findings) {
      if (f.get("code").asString().equals("fact.conflict")) {
        String path = f.get("path").asString();
        int index = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
        conflicts.add(path.contains("/chairs/")
            ? "chair term of " + almaty.getChairs().get(index).getChairs().get(0).id() + " " + almaty.getChairs().get(index).getPeriod()
            : almaty.getParticipations().get(index).getParticipant().id() + " as " + almaty.getParticipations().get(index).getRole());
      }
    }
    // Kyrgyzstan's term ends 2018-09 for IOM and 2018-11 for UNHCR; Turkmenistan is an observer for IOM and
    // a member for UNHCR. Tajikistan's term ends in 2020 for IOM and in January 2021 for UNHCR: the sources
    // disagree there too, and the validator says so. IOM's page calls IOM and UNHCR the support unit, UNHCR's
    // page the secretariat: the two roles are one job (issue 12), so each organization's is one fact in dispute.
    assertThat(conflicts).containsExactlyInAnyOrder("chair term of KGZ 2016-11/2018-11", "chair term of TJK 2018-11/2021-01",
        "TKM as MEMBER", "iom as SECRETARIAT", "unhcr as SECRETARIAT");
    // Nothing the merge made: no duplicate id, dangling reference or doubled record. Every other finding is
    // one the inputs already get alone, except chair.term-length, which is the merge's news: IOM's two-year
    // term against UNHCR's months (Kazakhstan chaired 2013-06 to 2016-11, Tajikistan 2018-11 to 2021-01).
    Set<String> alone = codes(findings(rcp("validate", "--format", "json", iom.toString())));
    alone.addAll(codes(findings(rcp("validate", "--format", "json", unhcr.toString()))));
    alone.add("chair.term-length");
    alone.add("fact.conflict");
    // And chair.overlap at Kyrgyzstan's term: IOM's version starts 2016-10, inside Kazakhstan's agreed
    // 2013-06/2016-11; UNHCR's starts 2016-11, a hand-over. The overlap exists in IOM's reading only, so it
    // is a WARNING (DOMAIN principle 1), never an ERROR.
    alone.add("chair.overlap");
    assertThat(findings).filteredOn(f -> f.get("code").asString().equals("chair.overlap"))
        .extracting(f -> f.get("severity").asString() + " " + f.get("path").asString())
        .containsExactly("WARNING /processes/0/chairs/1");
    assertThat(codes(findings)).isSubsetOf(alone).doesNotContain("id.duplicate", "ref.unresolved", "role.duplicate",
        "role.conflict");
    // Agreeing records became one, citing both sources, with the most precise dates.
    assertThat(almaty.getChairs().get(0).getPeriod().toString()).isEqualTo("2013-06/2016-11");
    assertThat(almaty.getChairs().get(0).getSources()).containsExactly("iom-almaty-process-page", "iom-news-2013-06-05",
        "unhcr-members-and-governance");
  }

  @Test
  void theDiffOfTheBundledDatasetAndItsCopyAdvancedTo2026ListsExactlyItsChanges() throws Exception {
    Path bundled = copy(Inputs.ALMATY_RESOURCE, "almaty-process.json");
    Path advanced = copy("/org/rcpmodel/examples/merge/almaty-process-2026.json", "almaty-process-2026.json");

    Run diff = rcp("diff", "--format", "json", bundled.toString(), advanced.toString());

    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(1);
    List<String> changes = new ArrayList<>();
    for (JsonNode c : JSON.readTree(diff.out()).get("differences")) {
      changes.add(c.get("kind").asString() + " " + c.get("record").asString() + " " + text(c.get("before")) + " -> "
          + text(c.get("after")));
    }
    assertThat(changes).containsExactly(
        "value-changed document /asOf 2025-04-24 -> /asOf 2026-01-15",
        "added organization - -> /organizations/3 organization ots",
        "joined participation - -> /processes/0/participations/23 Organization ots as OBSERVER as of 2026-01-15 in almaty-process",
        "status-changed chair-term /processes/0/chairs/11/status INCOMING -> /processes/0/chairs/11/status CURRENT");

    Run same = rcp("diff", bundled.toString(), bundled.toString());
    assertThat(same.exitCode()).isEqualTo(0);
    assertThat(same.out()).contains("no difference");
    Document doc = RcpJson.strict().read(bundled).document();
    assertThat(doc.getProcesses()).isNotEmpty();
  }

  private static String text(JsonNode side) {
    if (side.get("pointer").isNull()) {
      return "-";
    }
    return side.get("pointer").asString() + " " + side.get("value").asString();
  }
}
