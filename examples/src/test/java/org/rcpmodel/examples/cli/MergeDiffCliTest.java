package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.json.RcpJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rcp merge} and {@code rcp diff} in-process: exit codes, what is written and what is printed. */
class MergeDiffCliTest {

  static final String RESOURCES = "/org/rcpmodel/examples/merge/";

  @TempDir
  Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result rcp(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Rcp.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  Path copy(String resource, String name) throws Exception {
    Path file = dir.resolve(name);
    if (Files.exists(file)) {
      return file;
    }
    try (InputStream in = MergeDiffCliTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  Path iom() throws Exception {
    return copy(RESOURCES + "almaty-iom.json", "almaty-iom.json");
  }

  Path unhcr() throws Exception {
    return copy(RESOURCES + "almaty-unhcr.json", "almaty-unhcr.json");
  }

  @Test
  void mergeWritesTheMergedDocumentAndReportsWhatItMergedAndKeptApart() throws Exception {
    Path out = dir.resolve("merged.json");

    Result r = rcp("merge", iom().toString(), unhcr().toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.OK);
    Document merged = RcpJson.strict().read(out).document();
    assertThat(merged.getProcesses().get(0).getChairs()).hasSize(7);
    assertThat(r.out()).contains("merged 2 documents into " + out)
        .contains("merged     /processes/0/chairs/0 chair term KAZ 2013-06/2016-11 (PAST)")
        .contains("kept apart /processes/0/chairs/1 chair term KGZ 2016-10/2018-09")
        .contains("input 1: " + dir.resolve("almaty-iom.json"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void mergeAsJsonListsEveryRecordWithItsOutcomeAndInputs() throws Exception {
    Path out = dir.resolve("merged.json");

    Result r = rcp("merge", iom().toString(), unhcr().toString(), "--out", out.toString(), "--format", "json");

    assertThat(r.exitCode()).isEqualTo(Rcp.OK);
    JsonNode report = JsonMapper.builder().build().readTree(r.out());
    JsonNode kaz = null;
    int inputRecords = 0;
    for (JsonNode record : report.get("records")) {
      inputRecords += record.get("from").size();
      if (record.get("pointer").asString().equals("/processes/0/chairs/0")) {
        kaz = record;
      }
    }
    assertThat(kaz).isNotNull();
    assertThat(kaz.get("outcome").asString()).isEqualTo("merged");
    assertThat(kaz.get("from").get(1).get("pointer").asString()).isEqualTo("/processes/0/chairs/0");
    assertThat(kaz.get("from").get(1).get("input").asInt()).isEqualTo(2);
    Document a = RcpJson.strict().read(iom()).document();
    Document b = RcpJson.strict().read(unhcr()).document();
    assertThat(inputRecords).as("every input record is in the report").isEqualTo(records(a) + records(b));
  }

  static int records(Document d) {
    int n = d.getSources().size() + d.getStates().size() + d.getOrganizations().size() + d.getFrameworks().size()
        + d.getPeople().size();
    for (var p : d.getProcesses()) {
      n += 1 + p.getParticipations().size() + p.getChairs().size() + p.getMeetings().size() + p.getDeclarations().size()
          + p.getFigures().size();
    }
    for (var o : d.getOrganizations()) {
      n += o.getFigures().size();
    }
    return n;
  }

  @Test
  void anUnreadableInputIsExitTwoAndNothingIsWritten() throws Exception {
    Path out = dir.resolve("merged.json");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"processes\": [");

    Result r = rcp("merge", iom().toString(), broken.toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(out).doesNotExist();
    assertThat(r.err().strip().lines()).singleElement().asString().startsWith("rcp merge: ").contains("broken.json");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingInputLeavesAnExistingOutputFileAsItWas() throws Exception {
    Path out = dir.resolve("merged.json");
    Files.writeString(out, "keep me");

    Result r = rcp("merge", iom().toString(), dir.resolve("missing.json").toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(out).hasContent("keep me");
    assertThat(r.err()).contains("missing.json: no such file");
  }

  @Test
  void anIdCollisionIsRenamedByDefaultAndRefusedOnRequestWithNothingWritten() throws Exception {
    Document base = RcpJson.strict().read(iom()).document();
    Document other = Document.builder().from(base).organizations(List.of(
        Organization.builder().id("iom").name("Institute of Migration").build(),
        base.getOrganizations().get(1))).build();
    Path second = dir.resolve("other.json");
    Files.writeString(second, RcpJson.strict().writePretty(other));
    Path out = dir.resolve("merged.json");

    Result refused = rcp("merge", iom().toString(), second.toString(), "--out", out.toString(), "--on-collision", "refuse");

    assertThat(refused.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(out).doesNotExist();
    assertThat(refused.err()).contains("refused").contains("'iom'").contains("Institute of Migration")
        .contains("nothing was written");

    Result renamed = rcp("merge", iom().toString(), second.toString(), "--out", out.toString());

    assertThat(renamed.exitCode()).isEqualTo(Rcp.OK);
    assertThat(renamed.out()).contains("renamed    organization 'iom' of " + second + "#/organizations/0 to 'iom-2'");
    assertThat(RcpJson.strict().read(out).document().getOrganizations()).extracting(Organization::getId)
        .containsExactly("iom", "unhcr", "iom-2");
  }

  @Test
  void anOutputThatIsADirectoryIsRefusedBeforeAnythingIsRead() {
    Result r = rcp("merge", dir.resolve("missing.json").toString(), "--out", dir.toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(r.err()).contains("is a directory");
  }

  @Test
  void anOutputInAMissingDirectoryIsExitTwoNamingTheFile() throws Exception {
    Path out = dir.resolve("no-such-dir").resolve("merged.json");

    Result r = rcp("merge", iom().toString(), unhcr().toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(r.err().strip().lines()).singleElement().asString().startsWith("rcp merge: " + out + ": the directory")
        .contains("does not exist");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theMergedFileGetsThePermissionsOfAnyNewFileNotPrivateOnes() throws Exception {
    Path out = dir.resolve("merged.json");
    Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));

    assertThat(rcp("merge", iom().toString(), "--out", out.toString()).exitCode()).isEqualTo(Rcp.OK);

    if (Files.getFileStore(out).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }
    assertThat(RcpJson.strict().read(out).document()).isEqualTo(RcpJson.strict().read(iom()).document());
  }

  @Test
  void anInputGivenAsTheOutputIsRefusedAndLeftAsItWas() throws Exception {
    Path iom = iom();
    String before = Files.readString(iom);

    Result r = rcp("merge", iom.toString(), unhcr().toString(), "--out", iom.toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(r.err()).contains("is the input document");
    assertThat(iom).hasContent(before);
  }

  @Test
  void withOutDashTheDocumentIsStandardOutputAndTheReportStandardError() throws Exception {
    Result r = rcp("merge", iom().toString(), unhcr().toString(), "--out", "-");

    assertThat(r.exitCode()).isEqualTo(Rcp.OK);
    assertThat(RcpJson.strict().read(r.out()).document().getProcesses().get(0).getChairs()).hasSize(7);
    assertThat(r.err()).contains("merged 2 documents into -");
  }

  @Test
  void mergeWithoutOutIsAUsageError() throws Exception {
    Result r = rcp("merge", iom().toString());

    assertThat(r.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void diffExitsZeroWithoutDifferenceOneWithAndTwoOnBadInput() throws Exception {
    Path iom = iom();
    Path unhcr = unhcr();

    assertThat(rcp("diff", iom.toString(), iom.toString()).exitCode()).isEqualTo(Rcp.OK);
    Result differ = rcp("diff", iom.toString(), unhcr.toString());
    assertThat(differ.exitCode()).isEqualTo(1);
    assertThat(differ.out()).contains("dates-refined chair-term chair term of KAZ 2013/2016 in almaty-process: period 2013/2016 -> 2013-06/2016-11")
        .contains("dates-changed chair-term chair term of KGZ 2016-10/2018-09 in almaty-process: period 2016-10/2018-09 -> 2016-11/2018-11")
        .contains("role-changed participation State TKM as MEMBER in almaty-process: role OBSERVER -> MEMBER");
    Result missing = rcp("diff", iom.toString(), dir.resolve("missing.json").toString());
    assertThat(missing.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(missing.err()).contains("missing.json: no such file");
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void diffAsJsonGivesEachChangeItsKindPointersAndValues() throws Exception {
    Result r = rcp("diff", "--format", "json", iom().toString(), unhcr().toString());

    JsonNode report = JsonMapper.builder().build().readTree(r.out());
    JsonNode kgz = null;
    for (JsonNode change : report.get("differences")) {
      if (change.get("kind").asString().equals("dates-changed") && change.get("subject").asString().contains("KGZ")) {
        kgz = change;
      }
    }
    assertThat(kgz).isNotNull();
    assertThat(kgz.get("record").asString()).isEqualTo("chair-term");
    assertThat(kgz.get("before").get("pointer").asString()).isEqualTo("/processes/0/chairs/1/period");
    assertThat(kgz.get("before").get("value").asString()).isEqualTo("2016-10/2018-09");
    assertThat(kgz.get("after").get("pointer").asString()).isEqualTo("/processes/0/chairs/1/period");
    assertThat(kgz.get("after").get("value").asString()).isEqualTo("2016-11/2018-11");
    assertThat(report.get("changes").asInt()).isEqualTo(report.get("differences").size());
  }

  @Test
  void controlCharactersFromADocumentAreEscapedInTextOutput() throws Exception {
    Document base = RcpJson.strict().read(iom()).document();
    Document renamed = Document.builder().from(base).organizations(List.of(
        Organization.builder().from(base.getOrganizations().get(0)).name("IOM\u001b[31m\u202e\u0085\ud800").build(),
        base.getOrganizations().get(1))).build();
    Path second = dir.resolve("escape.json");
    RcpJson.strict().write(renamed, RcpJson.Layout.PRETTY, second);

    Result r = rcp("diff", iom().toString(), second.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0085")
        .contains("IOM\\u001b[31m\\u202e\\u0085\\ud800");
  }
}
