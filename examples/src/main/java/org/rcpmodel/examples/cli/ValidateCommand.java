package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.PointerLocator;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadWarning;
import org.rcpmodel.validation.OmittedFindings;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** {@code rcp validate}: reads and validates documents, reporting every violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate rcp-model documents against the rule catalogue.",
        "A directory stands for the *.json files in it and below it; - stands for standard input."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:no file has an ERROR", "1:some file has an ERROR",
        "2:a file or directory cannot be read or parsed, the output cannot be written, or a usage error"})
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, json, sarif }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or directories to validate, or -.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0.")
  Format format;

  @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en or ru (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--progress-every", hidden = true, defaultValue = "1000",
      description = "Milliseconds before the first progress line, and between progress lines.")
  long progressEveryMillis;

  @Option(names = "--lenient", description = "Skip unknown properties (reported on standard error) instead of failing.")
  boolean lenient;

  /** How progress lines on standard error begin. */
  static final String PROGRESS = "rcp validate: progress ";

  /** A file to validate, or a directory that could not be listed ({@code failure} not null). */
  record Target(Path file, String failure) {}

  /**
   * What validating one file found: its violations (read failures included, as one ERROR), where each
   * is in the text when known, and whether the file could be read at all.
   */
  record Checked(Path file, List<Violation> violations, Map<Violation, PointerLocator.Position> positions,
      boolean unreadable, List<OmittedFindings> omitted) {
    Checked(Path file, List<Violation> violations, Map<Violation, PointerLocator.Position> positions,
        boolean unreadable) {
      this(file, violations, positions, unreadable, List.of());
    }

    /** The true count: the violations kept and those the report only counted. */
    long count(Severity severity) {
      return violations.stream().filter(v -> v.severity() == severity).count()
          + omitted.stream().filter(o -> o.severity() == severity).mapToLong(OmittedFindings::count).sum();
    }
  }

  /**
   * Errors first, then warnings, then notes; the validator's order within each. A lambda of this class
   * rather than {@code Comparator.comparing}, whose lambda the JDK would spin at run time: the class
   * data archive holds this one.
   */
  private static final Comparator<Violation> BY_SEVERITY = (a, b) -> a.severity().compareTo(b.severity());

  @Override
  public Integer call() {
    Locale locale = Inputs.locale(lang);
    List<Target> targets = expand(files);
    if (targets.isEmpty()) {
      throw new CliException(Rcp.BAD_INPUT, "no *.json file in " + String.join(", ",
          files.stream().map(TerminalText::safe).toList()) + "; nothing was validated");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Checked> sarif = new ArrayList<>();
    int exit = Rcp.OK;
    int valid = 0;
    int invalid = 0;
    int unreadable = 0;
    long[] totals = new long[Severity.values().length];
    long started = System.nanoTime();
    long lastProgress = 0;
    boolean progressShown = false;
    for (int i = 0; i < targets.size(); i++) {
      Checked checked = check(targets.get(i), locale, err);
      if (checked.unreadable()) {
        unreadable++;
        exit = Rcp.BAD_INPUT;
      } else if (checked.count(Severity.ERROR) > 0) {
        invalid++;
        exit = Math.max(exit, Rcp.INVALID);
      } else {
        valid++;
      }
      for (Severity severity : Severity.values()) {
        totals[severity.ordinal()] += checked.count(severity);
      }
      switch (format) {
        case text -> printText(out, checked);
        case json -> printJson(out, checked);
        case sarif -> sarif.add(checked);
      }
      long now = System.nanoTime();
      boolean more = i + 1 < targets.size();
      long every = progressEveryMillis * 1_000_000L;
      if (more && now - started >= every && now - lastProgress >= every) {
        err.println(PROGRESS + (i + 1) + "/" + targets.size() + " files");
        err.flush();
        lastProgress = now;
        progressShown = true;
      }
    }
    if (progressShown) {
      err.println(PROGRESS + targets.size() + "/" + targets.size() + " files, done");
    }
    if (format == Format.sarif) {
      Sarif.print(out, sarif);
    } else if (format == Format.text) {
      out.println(summary(targets.size(), valid, invalid, unreadable, totals));
    }
    return exit;
  }

  /** The last line of the text report, such as {@code 3 files: 2 valid, 1 invalid, 0 unreadable; 1 error, ...}. */
  static String summary(int files, int valid, int invalid, int unreadable, long[] totals) {
    return files + (files == 1 ? " file: " : " files: ") + valid + " valid, " + invalid + " invalid, " + unreadable
        + " unreadable; " + totals[Severity.ERROR.ordinal()] + " errors, " + totals[Severity.WARNING.ordinal()]
        + " warnings, " + totals[Severity.INFO.ordinal()] + " notes";
  }

  private Checked check(Target target, Locale locale, PrintWriter err) {
    Path file = target.file();
    if (target.failure() != null) {
      String message = TerminalText.safe(file) + ": cannot list the directory: " + target.failure()
          + "; the files around it were validated";
      err.println("rcp validate: " + message + " [" + Codes.IO + "]");
      return new Checked(file, List.of(new Violation(Codes.IO, Severity.ERROR, "", message)), Map.of(), true);
    }
    try {
      return Inputs.read(file, lenient, (read, text) -> {
        for (ReadWarning warning : read.warnings()) {
          err.println("rcp validate: " + TerminalText.safe(file)
              + (warning.line() > 0 ? ":" + warning.line() + ":" + warning.column() : "")
              + ": " + TerminalText.safe(warning.message()) + " [" + TerminalText.safe(warning.code()) + " at '"
              + TerminalText.safe(warning.pointer()) + "']");
        }
        ValidationReport report = RcpValidator.validate(read.document(), locale);
        List<Violation> violations = report.violations().stream().sorted(BY_SEVERITY).toList();
        Map<String, PointerLocator.Position> byPointer =
            PointerLocator.locate(text, violations.stream().map(Violation::path).distinct().toList());
        Map<Violation, PointerLocator.Position> positions = new java.util.IdentityHashMap<>();
        for (Violation v : violations) {
          PointerLocator.Position at = byPointer.get(v.path());
          if (at != null) {
            positions.put(v, at);
          }
        }
        return new Checked(file, violations, positions, false, report.omitted());
      });
    } catch (CliException e) {
      Rcp.report(err, spec.commandLine().getCommandName(), e, Rcp.verbose(spec.commandLine()));
      Violation failure;
      Map<Violation, PointerLocator.Position> positions = new java.util.IdentityHashMap<>();
      if (e.getCause() instanceof RcpJsonException j) {
        failure = new Violation(e.code(), Severity.ERROR, j.getPointer(), e.getMessage());
        if (j.getLine() > 0) {
          positions.put(failure, new PointerLocator.Position(j.getLine(), j.getColumn(), j.getPointer(), true));
        }
      } else {
        failure = new Violation(e.code() == null ? Codes.IO : e.code(), Severity.ERROR, "", e.getMessage());
      }
      return new Checked(file, List.of(failure), positions, true);
    } catch (java.io.UncheckedIOException e) {
      // The text was read once already; failing to read it again for line numbers is an I/O failure too.
      String message = TerminalText.safe(file) + ": cannot be read again: " + Inputs.message(e.getCause());
      err.println("rcp validate: " + message);
      return new Checked(file, List.of(new Violation(Codes.IO, Severity.ERROR, "", message)), Map.of(), true);
    }
  }

  private static void printText(PrintWriter out, Checked checked) {
    if (checked.unreadable()) {
      return; // already said on standard error, in one line
    }
    out.println(TerminalText.safe(checked.file()) + ": " + (checked.count(Severity.ERROR) == 0 ? "valid" : "INVALID")
        + " (" + checked.count(Severity.ERROR) + " errors, " + checked.count(Severity.WARNING) + " warnings, "
        + checked.count(Severity.INFO) + " notes)");
    for (Violation v : checked.violations()) {
      PointerLocator.Position at = checked.positions().get(v);
      out.println("  " + v.severity() + (at == null ? "" : " " + at.line() + ":" + at.column()) + " "
          + TerminalText.safe(v.code()) + " " + (v.path().isEmpty() ? "/" : TerminalText.safe(v.path())) + ": "
          + TerminalText.safe(v.message()));
    }
    // A report keeps the first violations of each code and severity; say how many more there are.
    for (OmittedFindings o : checked.omitted()) {
      out.println("  … and " + o.count() + " more " + o.severity() + " " + o.code() + " not shown (the first "
          + RcpValidator.DEFAULT_CAP_PER_CODE + " of each code and severity are shown)");
    }
  }

  private static void printJson(PrintWriter out, Checked checked) {
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("file", checked.file().toString());
      g.writeBooleanProperty("valid", checked.count(Severity.ERROR) == 0);
      g.writeNumberProperty("errors", checked.count(Severity.ERROR));
      g.writeNumberProperty("warnings", checked.count(Severity.WARNING));
      g.writeArrayPropertyStart("violations");
      for (Violation v : checked.violations()) {
        g.writeStartObject();
        g.writeStringProperty("code", v.code());
        g.writeStringProperty("severity", v.severity().name());
        g.writeStringProperty("path", v.path());
        PointerLocator.Position at = checked.positions().get(v);
        if (at != null) {
          g.writeNumberProperty("line", at.line());
          g.writeNumberProperty("column", at.column());
        }
        g.writeStringProperty("message", v.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!checked.omitted().isEmpty()) {
        g.writeArrayPropertyStart("omitted");
        for (OmittedFindings o : checked.omitted()) {
          g.writeStartObject();
          g.writeStringProperty("code", o.code());
          g.writeStringProperty("severity", o.severity().name());
          g.writeNumberProperty("count", o.count());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.println();
  }

  /**
   * The files the arguments stand for, in order: a directory stands for the {@code *.json} regular files
   * in it and below it (sorted), a subdirectory that cannot be listed for one failed target, and
   * anything else (a file, {@code -}, a pipe) for itself.
   */
  static List<Target> expand(List<Path> arguments) {
    List<Target> targets = new ArrayList<>();
    for (Path argument : arguments) {
      if (!Files.isDirectory(argument)) {
        targets.add(new Target(argument, null));
        continue;
      }
      List<Target> found = new ArrayList<>();
      try {
        Files.walkFileTree(argument, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".json")) {
              found.add(new Target(file, null));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            found.add(new Target(file, Inputs.message(reason(e))));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              found.add(new Target(dir, Inputs.message(reason(e))));
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        found.add(new Target(argument, Inputs.message(reason(e))));
      }
      found.sort(Comparator.comparing(Target::file));
      targets.addAll(found);
    }
    return targets;
  }

  /** "Permission denied" rather than the path again, which the report names already. */
  private static Exception reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return new IOException("Permission denied");
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return new IOException("No such file or directory");
    }
    if (e instanceof java.nio.file.FileSystemException fs) {
      return new IOException(fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName());
    }
    return e;
  }
}
