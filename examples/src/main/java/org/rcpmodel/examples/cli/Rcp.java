package org.rcpmodel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        "2:bad input: unreadable or unparseable file, unknown process, invalid date, usage error"})
public final class Rcp implements java.util.concurrent.Callable<Integer> {

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
    RememberingOutputStream stdout = new RememberingOutputStream(new FileOutputStream(FileDescriptor.out));
    System.exit(run(args,
        new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
        stdout::failure));
  }

  /**
   * Runs the tool in-process without exiting: the entry point for tests and embedding.
   *
   * @param args the command line; not null
   * @param out where normal output goes; not null
   * @param err where problems and progress go; not null
   * @return the exit code: {@link #BAD_INPUT} also when {@code out} reports an error (its
   *     {@link PrintWriter#checkError()}), such as a full disk, after one line on {@code err} saying so
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, () -> null);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, java.util.function.Supplier<String> outFailure) {
    CommandLine cli = commandLine(out, err, args);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown past picocli, which handles exceptions only; the memory the failed command held is free again.
      err.println("rcp: out of memory; the input is too large for this Java heap (give Java more memory, e.g."
          + " RCP_JAVA_OPTS=-Xmx1g for the rcp launcher or java -Xmx1g -jar rcp.jar); nothing was written");
      code = BAD_INPUT;
    } catch (StackOverflowError e) {
      err.println("rcp: the input nests too deeply to be processed; nothing was written");
      code = BAD_INPUT;
    }
    if (out.checkError()) {
      String reason = outFailure.get();
      // A reader that stopped reading (rcp validate DIR | head) wanted no more: the exit code says the
      // output is incomplete, a line on standard error would only be noise.
      if (!"Broken pipe".equals(reason)) {
        err.println("rcp: cannot write standard output" + (reason == null ? "" : ": " + TerminalText.safe(reason))
            + "; the output is incomplete");
      }
      code = BAD_INPUT;
    }
    err.flush();
    return code;
  }

  /** Standard output that remembers why its first write failed, which a PrintWriter would forget. */
  private static final class RememberingOutputStream extends java.io.FilterOutputStream {
    private volatile String failure;

    RememberingOutputStream(java.io.OutputStream out) {
      super(out);
    }

    String failure() {
      return failure;
    }

    private java.io.IOException remember(java.io.IOException e) {
      if (failure == null) {
        failure = e.getMessage() == null ? e.toString() : e.getMessage();
      }
      return e;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      try {
        out.write(b);
      } catch (java.io.IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      try {
        out.write(b, off, len);
      } catch (java.io.IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      try {
        out.flush();
      } catch (java.io.IOException e) {
        throw remember(e);
      }
    }
  }

  /**
   * The names of the subcommands (those of their {@code @Command}s), in the order {@code rcp --help}
   * lists them; {@link #subcommand(String)} creates each.
   */
  private static final List<String> SUBCOMMANDS = List.of("demo", "validate", "rules", "roster", "timeline", "show",
      "report", "merge", "diff", "datasets", "help");

  /** A new instance of the subcommand of that name (a switch rather than a table of lambdas, each a bootstrap). */
  private static Object subcommand(String name) {
    return switch (name) {
      case "demo" -> new DemoCommand();
      case "validate" -> new ValidateCommand();
      case "rules" -> new RulesCommand();
      case "roster" -> new RosterCommand();
      case "timeline" -> new TimelineCommand();
      case "show" -> new ShowCommand();
      case "report" -> new ReportCommand();
      case "merge" -> new MergeCommand();
      case "diff" -> new DiffCommand();
      case "datasets" -> new DatasetsCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("No subcommand " + name);
    };
  }

  /** The tool with every subcommand, as {@code rcp --help} shows it. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new String[0]);
  }

  /**
   * The tool for one command line. When the line names a subcommand plainly (its first argument, after
   * any {@code --verbose}, is a subcommand's exact name other than {@code help}), only that subcommand
   * is built: picocli would read the annotations of all the others for nothing, 2 to 5 ms of CPU time
   * each on every start (docs/PERFORMANCE.md, "Cold start: what it costs"). Its parse, output and
   * errors are the same either way, since picocli looks for the arguments of a subcommand only among
   * that subcommand's own options, parameters and subcommands.
   * Any other line ({@code rcp}, {@code rcp --help}, {@code rcp help validate}, a misspelt command
   * that needs the names to suggest, an {@code @file}) gets every subcommand.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
    String only = plainSubcommand(args);
    CommandLine cli = new CommandLine(new Rcp());
    for (String name : SUBCOMMANDS) {
      if (only == null || only.equals(name)) {
        cli.addSubcommand(name, subcommand(name));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        report(commandLine.getErr(), commandLine.getCommandName(), ex, verbose(parseResult)));
    cli.setParameterExceptionHandler((ex, unmatchedArgs) -> {
      CommandLine failed = ex.getCommandLine();
      boolean root = failed.getParent() == null;
      String suggestion = "";
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
        suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions().stream()
            .limit(3).map(x -> "'" + x + "'").toList()) + "?";
      }
      failed.getErr().println(prefix(failed) + ": " + TerminalText.safe(ex.getMessage()) + TerminalText.safe(suggestion)
          + " (see 'rcp " + (root ? "" : failed.getCommandName() + " ") + "--help')");
      return BAD_INPUT;
    });
    return cli;
  }

  /**
   * Reports a failure the way every command does: one terminal-safe line {@code rcp COMMAND: message} on {@code err}
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
    String prefix = command.equals("rcp") ? "rcp" : "rcp " + command;
    if (e instanceof CliException cliException) {
      err.println(prefix + ": " + TerminalText.safe(cliException.getMessage()));
      if (verbose) {
        e.printStackTrace(err);
      }
      return cliException.exitCode();
    }
    err.println(prefix + ": unexpected failure: " + TerminalText.safe(e.toString())
        + (verbose ? "" : " (run with --verbose for details)"));
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

  /** The prefix of a command's error lines: {@code rcp} for the tool itself, {@code rcp validate} for a command. */
  static String prefix(CommandLine command) {
    return command.getParent() == null ? "rcp" : "rcp " + command.getCommandName();
  }

  /** The subcommand a command line plainly names, or null when it names none plainly (see above). */
  private static String plainSubcommand(String[] args) {
    int first = 0;
    while (first < args.length && args[first].equals("--verbose")) {
      first++;
    }
    if (first == args.length || args[first].equals("help")) {
      return null;
    }
    return SUBCOMMANDS.contains(args[first]) ? args[first] : null;
  }

  /** Bare {@code rcp} is a usage error: the usage goes to standard error and the exit code is 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("rcp: no command given");
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
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
