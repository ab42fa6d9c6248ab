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
        TimelineCommand.class, DatasetsCommand.class, CommandLine.HelpCommand.class})
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
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        report(commandLine.getErr(), commandLine.getCommandName(), ex, verbose(parseResult)));
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      failed.getErr().println("rcp " + failed.getCommandName() + ": " + ex.getMessage()
          + " (see 'rcp " + (failed.getParent() == null ? "" : failed.getCommandName() + " ") + "--help')");
      return BAD_INPUT;
    });
    return cli;
  }

  /**
   * Reports a failure the way every command does: one line {@code rcp COMMAND: message} on {@code err}
   * (a {@link CliException}'s message, or "unexpected failure" and the exception for anything else,
   * then a hint to use {@code --verbose}), followed by the stack trace only when {@code verbose}.
   *
   * @param err where the report goes; not null
   * @param command the name of the command that failed, such as {@code validate}; not null
   * @param e the failure; not null
   * @param verbose whether to print the stack trace
   * @return the exit code for the failure: a {@link CliException}'s own, else {@link #BAD_INPUT}
   */
  static int report(PrintWriter err, String command, Exception e, boolean verbose) {
    if (e instanceof CliException cliException) {
      err.println("rcp " + command + ": " + cliException.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return cliException.exitCode();
    }
    err.println("rcp " + command + ": unexpected failure: " + e + (verbose ? "" : " (run with --verbose for details)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    return BAD_INPUT;
  }

  /**
   * Whether {@code --verbose} was given anywhere on the command line, before or after the subcommand.
   *
   * @param parseResult the parse result of the whole command line (the root command's); not null
   * @return true if {@code --verbose} was given
   */
  static boolean verbose(CommandLine.ParseResult parseResult) {
    return parseResult.matchedOptionValue("--verbose", false)
        || parseResult.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--verbose", false));
  }

  /**
   * Whether {@code --verbose} was given anywhere on the command line that is running {@code command}.
   *
   * @param command a command of the running tool; not null
   * @return true if {@code --verbose} was given
   */
  static boolean verbose(CommandLine command) {
    CommandLine root = command;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return verbose(root.getParseResult());
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
