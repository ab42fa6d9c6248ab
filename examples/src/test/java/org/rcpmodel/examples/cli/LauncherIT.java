package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.json.RcpJson;

/**
 * The packaged launcher {@code target/rcp} is the same tool as {@code java -jar target/rcp.jar}: same
 * standard output, standard error and exit code. Runs after {@code package} (the build's
 * {@code launcher-test} execution), as real processes.
 */
class LauncherIT {

  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run run(List<String> command) throws Exception {
    return run(command, java.util.Map.of());
  }

  private static Run run(List<String> command, java.util.Map<String, String> environment) throws Exception {
    Path out = Files.createTempFile("rcp-out", ".txt");
    Path err = Files.createTempFile("rcp-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      Process process = builder
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Runs the tool both ways and checks that they agree; returns what they printed. */
  private static Run bothWays(String... args) throws Exception {
    List<String> viaJar = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", TARGET.resolve("rcp.jar").toString()));
    viaJar.addAll(List.of(args));
    List<String> viaLauncher = new ArrayList<>(List.of(TARGET.resolve("rcp").toString()));
    viaLauncher.addAll(List.of(args));
    Run jar = run(viaJar);
    Run launcher = run(viaLauncher);
    assertThat(launcher).as("the launcher against java -jar, for %s", List.of(args)).isEqualTo(jar);
    return launcher;
  }

  @Test
  void outputIsUtf8EvenUnderTheCLocale() throws Exception {
    Path almaty = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, almaty);
    }
    java.util.Map<String, String> cLocale = java.util.Map.of("LC_ALL", "C", "LANG", "C");

    Run launcher = run(List.of(TARGET.resolve("rcp").toString(), "validate", "--lang", "ru", almaty.toString()), cLocale);
    Run jar = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        TARGET.resolve("rcp.jar").toString(), "demo", "--out-dir", dir.toString()), cLocale);

    assertThat(launcher.out()).contains("записи одного и того же факта расходятся").doesNotContain("???");
    assertThat(jar.out()).contains("Türkiye (TUR)");
  }

  @Test
  void anArchiveTheJvmCannotUseLeavesTheOutputClean() throws Exception {
    Path copy = Files.createDirectory(dir.resolve("copy"));
    for (String name : List.of("rcp", "rcp.jar", "rcp.jsa")) {
      if (Files.exists(TARGET.resolve(name))) {
        Files.copy(TARGET.resolve(name), copy.resolve(name), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    // A jar newer than the archive made from it: the JVM refuses the archive.
    Files.setLastModifiedTime(copy.resolve("rcp.jar"), java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() + 60_000));

    Run run = run(List.of(copy.resolve("rcp").toString(), "rules", "--format", "json"),
        java.util.Map.of("JAVA_HOME", System.getProperty("java.home")));

    assertThat(run.exitCode()).isEqualTo(Rcp.OK);
    assertThat(run.out()).startsWith("[{\"code\":");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theBuildMakesAnExecutableLauncherNextToTheJar() {
    assertThat(TARGET.resolve("rcp")).isRegularFile().isExecutable();
    assertThat(TARGET.resolve("rcp.jar")).isRegularFile();
  }

  @Test
  void theBuiltJarListsNineDatasetsAndExportsNineFilesThatValidateWithoutAnError() throws Exception {
    Run list = bothWays("datasets");
    assertThat(list.exitCode()).isEqualTo(Rcp.OK);
    assertThat(list.out().lines().skip(1)).hasSize(9)
        .allSatisfy(line -> assertThat(line.split("\\s+")[3]).as("errors column of %s", line).isEqualTo("0"));

    Path exported = dir.resolve("datasets");
    Run export = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        TARGET.resolve("rcp.jar").toString(), "datasets", "export", exported.toString()));
    assertThat(export.exitCode()).as(export.err()).isEqualTo(Rcp.OK);
    try (var files = Files.list(exported)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(9);
    }

    Run validate = bothWays("validate", exported.toString());
    assertThat(validate.exitCode()).as(validate.out()).isEqualTo(Rcp.OK);
    assertThat(validate.out()).doesNotContain("ERROR").contains("almaty-process.json: valid", "rabat-process.json: valid");
  }

  @Test
  void aValidDocumentGivesTheSameReportAndExitCodeBothWays() throws Exception {
    Path almaty = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, almaty);
    }
    Run run = bothWays("validate", almaty.toString());
    assertThat(run.exitCode()).isEqualTo(Rcp.OK);
    assertThat(run.out()).contains("almaty-process.json");
    assertThat(run.err()).as("nothing on standard error, such as a library announcing itself").isEmpty();
  }

  @Test
  void anInvalidDocumentAndAnUnreadableOneGiveTheSameErrorsAndExitCodesBothWays() throws Exception {
    Path empty = dir.resolve("no-members.json");
    Files.writeString(empty, RcpJson.strict().writePretty(Document.builder().addProcesses(
        ConsultativeProcess.builder().id("p").name("Empty process").kind(ProcessKind.RCP).build()).build()));
    Run invalid = bothWays("validate", "--format", "json", empty.toString());
    assertThat(invalid.exitCode()).isEqualTo(Rcp.INVALID);

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\",");
    Run unreadable = bothWays("validate", broken.toString());
    assertThat(unreadable.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(unreadable.err()).contains("broken.json");
  }

  @Test
  void theClassDataArchiveHoldsTheClassesValidateLoadsAndNoStringConcatenationIsSpunAtRunTime() throws Exception {
    assertThat(TARGET.resolve("rcp.jsa")).as("the build dumps the archive the launcher uses").isRegularFile();
    Path almaty = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, almaty);
    }
    Path log = dir.resolve("class-load.log");

    Run run = run(List.of(TARGET.resolve("rcp").toString(), "validate", almaty.toString()), java.util.Map.of(
        "JAVA_HOME", System.getProperty("java.home"), "RCP_JAVA_OPTS", "-Xlog:class+load:file=" + log));

    assertThat(run.exitCode()).isEqualTo(Rcp.OK);
    List<String> loaded = Files.readAllLines(log);
    // What the archive cannot hold: picocli (class file version 49, older than CDS accepts) and the
    // tool's classes that implement its interfaces, annotation proxies, and the JDK's own run-time
    // method-handle classes.
    List<String> fromOutside = loaded.stream()
        .filter(line -> !line.contains("source: shared objects file"))
        .map(line -> line.replaceFirst("^.*\\] (\\S+) source: .*$", "$1"))
        .filter(name -> name.startsWith("org.rcpmodel.") || name.startsWith("tools.jackson."))
        .filter(name -> !name.equals("org.rcpmodel.examples.cli.Rcp$Version")
            && !name.startsWith("org.rcpmodel.examples.cli.Rcp$$Lambda$"))
        .toList();
    assertThat(fromOutside).as("library and tool classes rcp validate loads from outside the archive").isEmpty();
    // Each string concatenation compiled to invokedynamic spins method-handle classes on its first run
    // (105 of them for rcp validate before the build compiled concatenation inline).
    assertThat(loaded.stream().filter(line -> line.contains("java.lang.invoke.LambdaForm$"))).hasSizeLessThan(25);
  }
}
