package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents inside the reading limits that produce hundreds of thousands of findings are reported in
 * a 256 MB JVM: the first findings of each code and severity, and the true count of the rest, in
 * text and JSON, with the exit code of the true findings and no OutOfMemoryError.
 */
class BoundedReportCliTest {

  @TempDir
  static Path dir;

  private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"sources\":[{\"id\":\"s1\",\"title\":\"S\"}],"
      + "\"processes\":[{\"id\":\"p\",\"name\":\"P\",\"kind\":\"RCP\",\"participations\":[";

  /** One State recorded 100,000 times as a member from 2013 on: 99,999 role.duplicate findings. */
  private static Path oneStateMemberAHundredThousandTimes() throws IOException {
    Path file = dir.resolve("one-state.json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEAD);
      for (int i = 0; i < 100_000; i++) {
        w.write((i > 0 ? "," : "") + "{\"participant\":{\"state\":\"KAZ\"},\"role\":\"MEMBER\",\"period\":\"2013/..\","
            + "\"sources\":[\"s1\"]}");
      }
      w.write("]}]}");
    }
    return file;
  }

  /** About 2 MB of source references that name no source: 240,000 ref.unresolved findings. */
  private static Path twoMegabytesOfUnresolvedReferences() throws IOException {
    Path file = dir.resolve("unresolved.json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEAD);
      for (int r = 0; r < 3; r++) {
        w.write((r > 0 ? "," : "") + "{\"participant\":{\"state\":\"KAZ\"},\"role\":\"MEMBER\",\"sources\":[");
        for (int i = 0; i < 80_000; i++) {
          w.write((i > 0 ? "," : "") + "\"x" + i + "\"");
        }
        w.write("]}");
      }
      w.write("]}]}");
    }
    assertThat(Files.size(file)).isGreaterThan(2_000_000);
    return file;
  }

  private record Run(int exit, String out, String err) {}

  private static Run rcp(String... arguments) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp", classPath, Rcp.class.getName()));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
    byte[] stderr = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        new String(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void aHundredThousandDuplicatesAreCountedInTextInA256MegabyteJvm() throws Exception {
    Run run = rcp("validate", oneStateMemberAHundredThousandTimes().toString());
    assertThat(run.err()).doesNotContain("OutOfMemoryError", "Exception");
    assertThat(run.exit()).isEqualTo(Rcp.OK);
    assertThat(run.out()).contains("valid (0 errors, 99999 warnings, 0 notes)")
        .contains("… and 98999 more WARNING role.duplicate not shown (the first 1000 of each code and severity are shown)");
    assertThat(run.out().lines().filter(l -> l.matches("  WARNING( [0-9]+:[0-9]+)? role\\.duplicate .*"))).hasSize(1000);
  }

  @Test
  void twoMegabytesOfUnresolvedReferencesAreCountedInJsonInA256MegabyteJvm() throws Exception {
    Run run = rcp("validate", "--format", "json", twoMegabytesOfUnresolvedReferences().toString());
    assertThat(run.err()).doesNotContain("OutOfMemoryError", "Exception");
    assertThat(run.exit()).isEqualTo(Rcp.INVALID);
    // 240,000 references, each malformed-free but unresolved; the process also has one member.
    assertThat(run.out()).contains("\"errors\":240000")
        .contains("\"omitted\":[{\"code\":\"ref.unresolved\",\"severity\":\"ERROR\",\"count\":239000}");
  }
}
