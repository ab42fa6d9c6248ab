package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rcp} builds only the subcommand a command line plainly names (start-up time, see
 * docs/PERFORMANCE.md), and that tool behaves exactly as the one with every subcommand.
 */
class OneSubcommandTest {

  @TempDir
  Path dir;

  record Result(int exitCode, String out, String err) {}

  /** Runs the tool; the frames of a --verbose stack trace are left out, as they differ with the caller's lines. */
  private static Result execute(CommandLine cli, StringWriter out, StringWriter err, String... args) {
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString().replaceAll("(?m)^\\s+(at |\\.\\.\\. \\d+ more).*\\R", ""));
  }

  /** The tool built for this command line, and the tool with every subcommand, run on it. */
  private static List<Result> bothTools(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Result one = execute(Rcp.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args), out, err, args);
    StringWriter allOut = new StringWriter();
    StringWriter allErr = new StringWriter();
    Result all = execute(Rcp.commandLine(new PrintWriter(allOut, true), new PrintWriter(allErr, true)), allOut, allErr,
        args);
    return List.of(one, all);
  }

  private static List<String> subcommands(String... args) {
    return new ArrayList<>(Rcp.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        args).getSubcommands().keySet());
  }

  @Test
  void aLineThatNamesASubcommandBuildsOnlyThatOne() {
    assertThat(subcommands("validate", "x.json")).containsExactly("validate");
    assertThat(subcommands("--verbose", "--verbose", "roster", "x.json")).containsExactly("roster");
    assertThat(subcommands("datasets", "export", "out")).containsExactly("datasets");
  }

  @Test
  void aLineThatNamesNoSubcommandPlainlyBuildsEveryOneInHelpOrder() {
    List<String> every = List.of("demo", "validate", "rules", "roster", "timeline", "show", "report", "merge", "diff",
        "datasets", "help");
    assertThat(subcommands()).containsExactlyElementsOf(every);
    assertThat(subcommands("--help")).containsExactlyElementsOf(every);
    assertThat(subcommands("help", "validate")).containsExactlyElementsOf(every);
    assertThat(subcommands("valdate", "x.json")).containsExactlyElementsOf(every);
    assertThat(subcommands("--version", "validate")).containsExactlyElementsOf(every);
    assertThat(subcommands("@args.txt")).containsExactlyElementsOf(every);
    assertThat(subcommands("VALIDATE", "x.json")).containsExactlyElementsOf(every);
  }

  @Test
  void theToolWithOneSubcommandPrintsAndExitsAsTheToolWithEvery() throws Exception {
    Path almaty = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, almaty);
    }
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": \"1.0\",");
    List<String[]> lines = List.of(
        new String[] {"validate", almaty.toString()},
        new String[] {"validate", "--format", "sarif", almaty.toString()},
        new String[] {"validate", "--format", "json", "--lang", "ru", almaty.toString(), broken.toString()},
        new String[] {"--verbose", "validate", broken.toString()},
        new String[] {"validate", "--formt", "json", almaty.toString()},
        new String[] {"validate"},
        new String[] {"validate", "--help"},
        new String[] {"validate", "-V"},
        new String[] {"validate", almaty.toString(), "roster"},
        new String[] {"roster", almaty.toString()},
        new String[] {"rules", "--format", "json"},
        new String[] {"datasets", "exprt"});
    for (String[] line : lines) {
      List<Result> both = bothTools(line);
      assertThat(both.get(0)).as("rcp %s", String.join(" ", line)).isEqualTo(both.get(1));
    }
    assertThat(bothTools("validate", almaty.toString()).get(0).out()).contains("almaty-process.json: valid");
    assertThat(bothTools("validate", "--formt", "json").get(0).err()).contains("did you mean '--format'");
    assertThat(bothTools("--verbose", "validate", broken.toString()).get(0).err())
        .contains("CliException", "Malformed JSON");
  }
}
