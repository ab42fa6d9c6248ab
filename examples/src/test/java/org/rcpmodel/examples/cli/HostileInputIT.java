package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile cases of issue 14, each run as a real process of the built {@code target/rcp.jar}: terminal
 * escapes and a forged line in a document, a full disk as standard output, a FIFO as the output file,
 * pipes as input, the umask, an unreadable subdirectory, a 17 MiB document in a 256 MB heap, a heap
 * too small for it, and a run stopped mid-write.
 */
class HostileInputIT {

  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The first reference to the press release, the last entry of a list of sources. */
  private static final String REFERENCE = "\"iom-2025-04-24\"(?=\\s*\\])";

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  private Path almaty;

  @BeforeEach
  void copyTheAlmatyDocument() throws Exception {
    almaty = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, almaty);
    }
  }

  private static List<String> rcp(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", TARGET.resolve("rcp.jar").toString()));
    command.addAll(List.of(args));
    return command;
  }

  private Run run(List<String> command) throws Exception {
    return run(command, Map.of(), null);
  }

  /** Runs a command with the environment given, standard output to {@code stdout} (a file) when not null. */
  private Run run(List<String> command, Map<String, String> environment, Path stdout) throws Exception {
    Path out = stdout == null ? Files.createTempFile(dir, "out", ".txt") : stdout;
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    Run run = new Run(process.exitValue(), stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(err);
    if (stdout == null) {
      Files.delete(out);
    }
    return run;
  }

  /** Runs a bash script with the environment given; the script finds the tool as {@code $RCP}. */
  private Run bash(String script, Map<String, String> environment) throws Exception {
    Map<String, String> env = new HashMap<>(environment);
    env.put("RCP", JAVA + " -jar " + TARGET.resolve("rcp.jar"));
    return run(List.of("bash", "-c", script), env, null);
  }

  private static void assertNoRawControls(String text) {
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n').boxed().toList()).as("raw control characters in %s", text)
        .isEmpty();
    assertThat(text).doesNotContain("\u202e", "\u009b");
  }

  @Test
  void anOsc52ClipboardWriteAndAScreenClearInTheDocumentReachTheTerminalAsVisibleEscapes() throws Exception {
    String osc52 = "\\u001b]52;c;SGVsbG8=\\u0007";
    Path hostile = Files.writeString(dir.resolve("hostile.json"), Files.readString(almaty)
        .replace("\"id\": \"almaty-process\"", "\"id\": \"almaty" + osc52 + "\"")
        .replace("\"name\": \"Kazakhstan\"", "\"name\": \"Kazakh\\u001b[2Jstan\\u202e\"")
        .replaceFirst(REFERENCE, java.util.regex.Matcher.quoteReplacement("\"x" + osc52 + "\"")));

    Run unknownProcess = run(rcp("roster", hostile.toString(), "--process", "nope"));
    Run roster = run(rcp("roster", hostile.toString(), "--process", "almaty" + "\u001b]52;c;SGVsbG8=\u0007", "--at", "2020"));
    Run validate = run(rcp("validate", hostile.toString()));

    assertThat(unknownProcess.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(unknownProcess.err().lines()).singleElement().asString()
        .contains("the document has: almaty\\u001b]52;c;SGVsbG8=\\u0007");
    assertNoRawControls(unknownProcess.err());
    assertThat(roster.exitCode()).isZero();
    assertThat(roster.out()).contains("Kazakh\\u001b[2Jstan\\u202e (KAZ)");
    assertNoRawControls(roster.out());
    assertThat(validate.exitCode()).isEqualTo(Rcp.INVALID);
    assertThat(validate.out()).contains("no source with id 'x\\u001b]52;c;SGVsbG8=\\u0007'");
    assertNoRawControls(validate.out());
    assertNoRawControls(validate.err());
  }

  @Test
  void aNewlineInASourceIdCannotForgeAnErrorLine() throws Exception {
    String forged = "x\\n  ERROR forged.line /: this line is forged";
    Path hostile = Files.writeString(dir.resolve("forged.json"), Files.readString(almaty)
        .replaceFirst(REFERENCE, java.util.regex.Matcher.quoteReplacement("\"" + forged + "\"")));

    Run text = run(rcp("validate", hostile.toString()));
    Run json = run(rcp("validate", "--format", "json", hostile.toString()));

    assertThat(text.exitCode()).isEqualTo(Rcp.INVALID);
    assertThat(text.out().lines().filter(l -> l.contains("forged.line")).toList()).isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("  ERROR ").contains("ref.unresolved", "x\\u000a  ERROR forged.line"));
    JsonNode report = MAPPER.readTree(json.out());
    long findingLines = text.out().lines().filter(l -> l.startsWith("  ")).count();
    assertThat(findingLines).as("one line per finding").isEqualTo(report.get("violations").size());
    assertThat(report.get("violations").toString()).contains("x\\n  ERROR forged.line");
  }

  @Test
  void aFullDiskAsStandardOutputIsExitCodeTwoAndOneLine() throws Exception {
    Path devFull = Path.of("/dev/full");
    assumeTrue(Files.exists(devFull), "/dev/full exists here");

    Run run = run(rcp("validate", almaty.toString()), Map.of(), devFull);

    assertThat(run.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("rcp: cannot write standard output: No space left on device; the output is incomplete");
  }

  @Test
  void aFifoAsTheOutputIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("timeline.svg");
    Path received = dir.resolve("received.svg");

    Run run = bash("mkfifo \"$FIFO\" && { timeout 60 cat \"$FIFO\" > \"$RECEIVED\" & } && $RCP timeline \"$DOC\" --out \"$FIFO\"; "
        + "code=$?; wait; exit $code", Map.of("FIFO", fifo.toString(), "RECEIVED", received.toString(), "DOC", almaty.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote through " + fifo, "FIFO");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.readString(received)).contains("<svg", "</svg>");
  }

  @Test
  void devStdoutIsWrittenThroughToAPipeOrARedirectedFile() throws Exception {
    Map<String, String> env = Map.of("DOC", almaty.toString(), "DIR", dir.toString());

    Run piped = bash("$RCP timeline \"$DOC\" --out /dev/stdout | cat", env);
    Run redirected = bash("echo 'an old and much longer content' > \"$DIR/r.svg\";"
        + " $RCP timeline \"$DOC\" --out /dev/stdout > \"$DIR/r.svg\"", env);

    assertThat(piped.exitCode()).as(piped.err()).isZero();
    assertThat(piped.out()).startsWith("<").contains("<svg").endsWith("</svg>\n");
    assertThat(piped.err()).startsWith("rcp timeline: wrote through /dev/stdout");
    assertThat(redirected.exitCode()).as(redirected.err()).isZero();
    assertThat(Files.readString(dir.resolve("r.svg"))).isEqualTo(piped.out());
  }

  @Test
  void pipesAndStandardInputAreRead() throws Exception {
    Map<String, String> env = Map.of("DOC", almaty.toString());

    Run substitution = bash("$RCP validate <(cat \"$DOC\")", env);
    Run devStdin = bash("cat \"$DOC\" | $RCP validate /dev/stdin", env);
    Run dash = bash("cat \"$DOC\" | $RCP validate --format json -", env);
    Run emptyPipe = bash("printf '' | $RCP validate -", env);

    assertThat(substitution.exitCode()).as(substitution.err()).isZero();
    // The counts are the bundled dataset's (docs/ALMATY.md); what matters here is that the substituted file was read.
    assertThat(substitution.out()).contains(": valid (0 errors")
        .containsPattern("1 file: 1 valid, 0 invalid, 0 unreadable; 0 errors, \\d+ warnings, \\d+ notes\\n$");
    assertThat(devStdin.exitCode()).as(devStdin.err()).isZero();
    assertThat(devStdin.out()).startsWith("/dev/stdin: valid (0 errors");
    assertThat(dash.exitCode()).as(dash.err()).isZero();
    JsonNode report = MAPPER.readTree(dash.out());
    assertThat(report.get("file").asString()).isEqualTo("-");
    assertThat(report.get("violations").get(0).get("line").asInt()).isPositive();
    assertThat(emptyPipe.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(emptyPipe.err().lines()).singleElement().asString().isEqualTo("rcp validate: -: is empty, expected a JSON document");
  }

  @Test
  void aNewOutputFileFollowsTheUmask() throws Exception {
    Map<String, String> env = Map.of("DOC", almaty.toString(), "DIR", dir.toString());

    Run strict = bash("umask 077 && $RCP timeline \"$DOC\" --out \"$DIR/private.svg\"", env);
    Run usual = bash("umask 022 && $RCP timeline \"$DOC\" --out \"$DIR/shared.svg\"", env);

    assertThat(strict.exitCode()).isZero();
    assertThat(usual.exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.svg")))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared.svg")))).isEqualTo("rw-r--r--");
  }

  @Test
  void anUnreadableSubdirectoryIsOneIoFailureAndTheRestIsValidated() throws Exception {
    Path tree = Files.createDirectory(dir.resolve("tree"));
    Files.copy(almaty, tree.resolve("a.json"));
    Path sub = Files.createDirectory(tree.resolve("sub"));
    Files.copy(almaty, sub.resolve("b.json"));
    Path locked = Files.createDirectory(tree.resolve("locked"));
    Files.copy(almaty, locked.resolve("c.json"));
    for (Path p : List.of(dir, tree, sub)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    for (Path p : List.of(tree.resolve("a.json"), sub.resolve("b.json"))) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    List<String> command = rcp("validate", "--format", "json", tree.toString());
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      // Root reads every directory whatever its mode: the tool runs as the unprivileged user nobody.
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to run the tool as nobody");
      command.addAll(0, List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
      // nobody may not reach the build directory (a checkout under a 0700 directory): run a copy of
      // the jar from the test's own world-readable directory.
      Path jar = Files.copy(TARGET.resolve("rcp.jar"), dir.resolve("rcp.jar"));
      Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
      command.set(command.indexOf(TARGET.resolve("rcp.jar").toString()), jar.toString());
    }
    try {
      Run run = run(command);

      assertThat(run.exitCode()).as(run.err()).isEqualTo(Rcp.BAD_INPUT);
      List<JsonNode> files = run.out().lines().map(MAPPER::readTree).toList();
      assertThat(files).extracting(f -> f.get("file").asString())
          .containsExactly(tree.resolve("a.json").toString(), locked.toString(), sub.resolve("b.json").toString());
      assertThat(files.get(0).get("valid").asBoolean()).isTrue();
      assertThat(files.get(2).get("valid").asBoolean()).isTrue();
      assertThat(files.get(1).get("violations")).singleElement()
          .satisfies(v -> assertThat(v.get("code").asString()).isEqualTo("io.failed"));
      // Progress lines come on a timer (after a second on a busy machine); they are not the failure.
      assertThat(run.err().lines().filter(line -> !line.startsWith(ValidateCommand.PROGRESS))).singleElement().asString()
          .isEqualTo("rcp validate: " + locked + ": cannot list the directory: Permission denied;"
              + " the files around it were validated [io.failed]");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** The Almaty document with {@code count} more organizations, each an observer: about 420 bytes each. */
  private Path large(int count) throws Exception {
    String text = Files.readString(almaty);
    Path file = dir.resolve("large.json");
    int organizations = text.indexOf("\"organizations\": [") + "\"organizations\": [".length();
    int participations = text.indexOf("\"participations\": [") + "\"participations\": [".length();
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(text, 0, organizations);
      for (int i = 0; i < count; i++) {
        out.write("\n    {\"id\": \"org-" + i + "\", \"name\": \"Organization number " + i + " of the large document\","
            + " \"kind\": \"OTHER\", \"sources\": [\"iom-unhcr-almaty-process\"]},");
      }
      out.write(text, organizations, participations - organizations);
      for (int i = 0; i < count; i++) {
        out.write("\n        {\"participant\": {\"organization\": \"org-" + i + "\"}, \"role\": \"OBSERVER\","
            + " \"period\": \"2015/2020\", \"asOf\": \"2025-04-24\", \"sources\": [\"iom-unhcr-almaty-process\"]},");
      }
      out.write(text, participations, text.length() - participations);
    }
    return file;
  }

  private List<String> temporaryFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void a17MebibyteDocumentIsDrawnIn256MegabytesAndATooSmallHeapIsOneLine() throws Exception {
    Path document = large(60_000);
    assertThat(Files.size(document)).isGreaterThan(17L << 20);
    Path svg = dir.resolve("large.svg");
    List<String> fits = new ArrayList<>(List.of(JAVA, "-Xmx256m", "-jar", TARGET.resolve("rcp.jar").toString(),
        "timeline", document.toString(), "--out", svg.toString()));
    List<String> tooSmall = new ArrayList<>(fits);
    tooSmall.set(1, "-Xmx24m");
    tooSmall.set(tooSmall.size() - 1, dir.resolve("never.svg").toString());

    Run drawn = run(fits);
    Run failed = run(tooSmall);

    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    assertThat(drawn.err()).isEmpty();
    assertThat(Files.size(svg)).isPositive();
    assertThat(failed.exitCode()).isEqualTo(Rcp.BAD_INPUT);
    assertThat(failed.err().lines()).singleElement().asString().startsWith("rcp")
        .doesNotContain("Exception", "\tat ", "java.lang");
    assertThat(dir.resolve("never.svg")).doesNotExist();
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aRunStoppedMidWriteLeavesNoTemporaryFile() throws Exception {
    Path document = large(60_000);
    Path svg = dir.resolve("stopped.svg");
    Process process = new ProcessBuilder(rcp("timeline", document.toString(), "--out", svg.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    boolean seen = false;
    while (process.isAlive() && !seen) {
      seen = !temporaryFiles().isEmpty();
      if (!seen) {
        Thread.sleep(1);
      }
    }
    process.destroy(); // SIGTERM: the shutdown hooks run
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assumeTrue(seen, "the run finished before its temporary file could be seen; nothing was stopped mid-write");

    assertThat(temporaryFiles()).isEmpty();
  }
}
