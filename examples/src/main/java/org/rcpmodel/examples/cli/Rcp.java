package org.rcpmodel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code rcp} command-line tool: {@code demo}, {@code validate}, {@code rules}, {@code roster}
 * and {@code timeline}.
 *
 * <p>Exit codes: 0 success; 1 a validated file has an ERROR; 2 bad input (a file that cannot be read
 * or parsed, an unknown process, an invalid date, a usage error). Problems are reported as one line on
 * standard error, with the stack trace only under {@code --verbose}.
 */
@Command(
    name = "rcp",
    mixinStandardHelpOptions = true,
    versionProvider = Rcp.Version.class,
    description = "Inter-State consultation mechanisms on migration: validate, query and draw rcp-model documents.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:a validated file has an ERROR",
        "2:bad input: unreadable or unparseable file, unknown process, invalid date, usage error"},
    subcommands = {DemoCommand.class, ValidateCommand.class, RulesCommand.class, RosterCommand.class,
        TimelineCommand.class, CommandLine.HelpCommand.class})
public final class Rcp implements Runnable {

  /** Exit code: everything went well. */
  public static final int OK = 0;
  /** Exit code: a validated document has at least one ERROR. */
  public static final int INVALID = 1;
  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
  boolean verbose;

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default charset: names such as Türkiye and Russian messages must
    // survive a C or POSIX locale, and --format json output must stay valid JSON.
    System.exit(run(args,
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the tool in-process without exiting: the entry point for tests and embedding.
   *
   * @param args the command line; not null
   * @param out where normal output goes; not null
   * @param err where problems and progress go; not null
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Rcp());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean verbose = parseResult.matchedOptionValue("--verbose", false)
          || parseResult.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--verbose", false));
      PrintWriter e = commandLine.getErr();
      if (ex instanceof CliException cliException) {
        e.println("rcp " + commandLine.getCommandName() + ": " + cliException.getMessage());
        if (verbose) {
          ex.printStackTrace(e);
        }
        return cliException.exitCode();
      }
      e.println("rcp " + commandLine.getCommandName() + ": unexpected failure: " + ex
          + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        ex.printStackTrace(e);
      }
      return BAD_INPUT;
    });
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      failed.getErr().println("rcp " + failed.getCommandName() + ": " + ex.getMessage()
          + " (see 'rcp " + (failed.getParent() == null ? "" : failed.getCommandName() + " ") + "--help')");
      return BAD_INPUT;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the library version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Rcp.class.getPackage().getImplementationVersion();
      return new String[] {"rcp " + (version == null ? "development" : version)};
    }
  }
}
