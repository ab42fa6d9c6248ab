package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rcp validate} on hostile files: exit code 2 (or 1) and one line on standard error naming the
 * file and the problem, never a stack trace; in-process, and once as a real process with a 64 MiB heap.
 */
class AdversarialCliTest {

  @TempDir
  static Path dir;

  private static final List<Path> files = new ArrayList<>();

  /** Writes {@code prefix}, {@code unit} {@code times} times, then {@code suffix}, streaming. */
  private static Path write(String name, String prefix, String unit, int times, String suffix) throws IOException {
    Path file = dir.resolve(name);
    byte[] repeated = unit.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < times; i++) {
        out.write(repeated);
      }
      out.write(suffix.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @BeforeAll
  static void writeHostileFiles() throws IOException {
    String head = "{\"schemaVersion\":\"1.0\"";
    files.add(write("nesting.json", head + ",\"processes\":", "[", 100_000, ""));
    files.add(write("string-100mb.json", head + ",\"title\":\"", "x", 100_000_000, "\"}"));
    files.add(write("number-10000-digits.json", head + ",\"organizations\":[{\"id\":\"iom\",\"name\":\"IOM\","
        + "\"figures\":[{\"metric\":\"m\",\"value\":", "9", 10_000, ",\"approximation\":\"EXACT\",\"scope\":\"SUBJECT\"}]}]}"));
    files.add(write("array-1000000.json", head + ",\"processes\":[{\"id\":\"p\",\"name\":\"P\",\"kind\":\"RCP\","
        + "\"sources\":[\"s\"", ",\"s\"", 999_999, "]}]}"));
    files.add(write("repeated-key.json", head, ",\"title\":\"t\"", 1_000_000, "}"));
    files.add(write("truncated.json", head + ",\"title\":\"", "t", 10, ""));
    files.add(write("newline-in-name.json", head + ",\"a\\nb\":1", "", 0, "}"));
  }

  static List<Path> hostileFiles() {
    return files;
  }

  @ParameterizedTest
  @MethodSource("hostileFiles")
  void validatingAHostileFileExitsWithTwoAndOneLineOnStandardError(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Rcp.run(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).isEqualTo(Rcp.BAD_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("rcp validate: " + file)
        .containsPattern("\\[(json|field)\\.[a-z-]+ at '[^']*'\\]")
        .doesNotContain("Exception", "\tat ");
    assertThat(out.toString()).doesNotContain("Exception");
  }

  @Test
  void aRealProcessWithA64MebibyteHeapRejectsEveryHostileFileOneLineEach() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", classPath, Rcp.class.getName(), "validate"));
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    byte[] stderr = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isEqualTo(Rcp.BAD_INPUT);
    // Progress lines come on a slow machine; apart from them, one line per file.
    List<String> lines = new String(stderr, StandardCharsets.UTF_8).lines()
        .filter(line -> !line.startsWith(ValidateCommand.PROGRESS)).toList();
    assertThat(lines).hasSize(files.size()).allSatisfy(line -> assertThat(line)
        .startsWith("rcp validate: ").doesNotContain("Exception", "OutOfMemoryError"));
  }
}
