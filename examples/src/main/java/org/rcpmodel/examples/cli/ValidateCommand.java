package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadResult;
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
        "A directory stands for the *.json files in it and below it."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:no file has an ERROR", "1:some file has an ERROR",
        "2:a file cannot be read or parsed, or a usage error"})
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, json }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or directories to validate.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
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

  @Override
  public Integer call() {
    Locale locale = Inputs.locale(lang);
    List<Path> targets = expand(files);
    if (targets.isEmpty()) {
      throw new CliException(Rcp.BAD_INPUT, "no *.json file in " + String.join(", ",
          files.stream().map(Path::toString).toList()) + "; nothing was validated");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = Rcp.OK;
    long started = System.nanoTime();
    long lastProgress = 0;
    boolean progressShown = false;
    for (int i = 0; i < targets.size(); i++) {
      Path file = targets.get(i);
      int code = validate(file, locale, out, err);
      exit = Math.max(exit, code);
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
    return exit;
  }

  private int validate(Path file, Locale locale, PrintWriter out, PrintWriter err) {
    ReadResult read;
    try {
      read = Inputs.read(file, lenient);
    } catch (CliException e) {
      Rcp.report(err, spec.commandLine().getCommandName(), e, Rcp.verbose(spec.commandLine()));
      if (format == Format.json) {
        String pointer = e.getCause() instanceof RcpJsonException j ? j.getPointer() : "";
        printJson(out, file, ValidationReport.of(List.of(new Violation(e.code(), Severity.ERROR, pointer, e.getMessage()))));
      }
      return Rcp.BAD_INPUT;
    }
    for (ReadWarning warning : read.warnings()) {
      err.println("rcp validate: " + file + (warning.line() > 0 ? ":" + warning.line() + ":" + warning.column() : "")
          + ": " + warning.message() + " [" + warning.code() + " at '" + warning.pointer() + "']");
    }
    ValidationReport report = RcpValidator.validate(read.document(), locale);
    if (format == Format.json) {
      printJson(out, file, report);
    } else {
      printText(out, file, report);
    }
    return report.isValid() ? Rcp.OK : Rcp.INVALID;
  }

  private static void printText(PrintWriter out, Path file, ValidationReport report) {
    out.println(file + ": " + (report.isValid() ? "valid" : "INVALID") + " (" + report.count(Severity.ERROR) + " errors, "
        + report.count(Severity.WARNING) + " warnings, " + report.count(Severity.INFO) + " notes)");
    for (Violation v : report.violations()) {
      out.println("  " + v.severity() + " " + v.code() + " " + (v.path().isEmpty() ? "/" : v.path()) + ": " + v.message());
    }
    // A report keeps the first violations of each code and severity; say how many more there are.
    for (OmittedFindings o : report.omitted()) {
      out.println("  … and " + o.count() + " more " + o.severity() + " " + o.code() + " not shown (the first "
          + RcpValidator.DEFAULT_CAP_PER_CODE + " of each code and severity are shown)");
    }
  }

  private static void printJson(PrintWriter out, Path file, ValidationReport report) {
    List<Violation> violations = report.violations();
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("file", file.toString());
      g.writeBooleanProperty("valid", errors == 0);
      g.writeNumberProperty("errors", errors);
      g.writeNumberProperty("warnings", warnings);
      g.writeArrayPropertyStart("violations");
      for (Violation v : violations) {
        g.writeStartObject();
        g.writeStringProperty("code", v.code());
        g.writeStringProperty("severity", v.severity().name());
        g.writeStringProperty("path", v.path());
        g.writeStringProperty("message", v.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!report.isComplete()) {
        g.writeArrayPropertyStart("omitted");
        for (OmittedFindings o : report.omitted()) {
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

  private static List<Path> expand(List<Path> arguments) {
    List<Path> targets = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
              .sorted().forEach(targets::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new CliException(Rcp.BAD_INPUT, argument + ": cannot list the directory: " + e.getMessage(), e);
        }
      } else {
        targets.add(argument);
      }
    }
    return targets;
  }
}
