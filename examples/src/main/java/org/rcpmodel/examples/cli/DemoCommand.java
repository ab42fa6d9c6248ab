package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Source;
import org.rcpmodel.examples.timeline.TimelineSvg;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rcp demo}: the main job, run on the bundled Almaty Process dataset. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Show the Almaty Process from the bundled dataset: participants, chairs, conferences,",
        "declarations, figures and their sources, the validation summary; draw its timeline."})
final class DemoCommand implements Callable<Integer> {

  static final String TIMELINE_FILE = "almaty-process-timeline.svg";

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out-dir", defaultValue = ".", paramLabel = "DIR",
      description = "Where to write " + TIMELINE_FILE + " (default: the current directory).")
  Path outDir;

  @Option(names = "--lang", defaultValue = "en", description = "Language of validation messages: en or ru.")
  String lang;

  @Override
  public Integer call() {
    java.util.Locale locale = Inputs.locale(lang);
    PrintWriter out = spec.commandLine().getOut();
    Document document = Inputs.almaty();
    ConsultativeProcess process = document.getProcesses().get(0);
    Map<String, Source> sources = document.getSources().stream()
        .collect(Collectors.toMap(Source::getId, Function.identity(), (a, b) -> a));
    Map<String, Framework> frameworks = document.getFrameworks().stream()
        .collect(Collectors.toMap(Framework::getId, Function.identity(), (a, b) -> a));
    Roster roster = new Roster(document);
    PartialDate today = Inputs.today();

    out.println(process.getName() + " (" + process.getKind() + ")"
        + process.getEstablished().map(d -> ", established " + d).orElse(""));
    process.getRegion().ifPresent(r -> out.println("  region:  " + r));
    process.getPurpose().ifPresent(p -> out.println("  purpose: " + p));
    out.println("  supports: " + names(process.getFrameworks(), frameworks));
    document.getAsOf().ifPresent(d -> out.println("  dataset as of " + d
        + "; later dates answer (maybe) where the records say nothing of them"));
    out.println();
    roster.print(process, today, out);

    out.println();
    out.println("Chair history (term of " + process.getChairingRule().getTermMonths().map(m -> m + " months")
        .orElse("no declared length") + "):");
    for (Chairmanship term : process.getChairs()) {
      out.println("  " + pad(term.getPeriod().toString(), 14) + " "
          + String.join(" + ", term.getChairs().stream().map(c -> roster.name(c, startOf(term))).toList())
          + term.getStatus().map(s -> "  [" + s.name().toLowerCase(java.util.Locale.ROOT) + "]").orElse(""));
    }

    out.println();
    out.println("Conferences:");
    for (Meeting meeting : process.getMeetings()) {
      out.println("  " + pad(meeting.getPeriod().toString(), 22) + " " + meeting.getName().orElse(meeting.getId())
          + meeting.getCity().map(c -> ", " + c).orElse("")
          + meeting.getHost().map(h -> " (" + roster.name(org.rcpmodel.Participant.state(h),
              meeting.getPeriod().getStart().orElse(today)) + ")").orElse(""));
    }

    out.println();
    out.println("Declarations:");
    for (Declaration declaration : process.getDeclarations()) {
      out.println("  " + declaration.getTitle() + ", adopted " + declaration.getAdopted()
          + declaration.getMeeting().map(m -> " at " + m).orElse(""));
      if (!declaration.getThemes().isEmpty()) {
        out.println("    themes: " + String.join("; ", declaration.getThemes()));
      }
      if (!declaration.getFrameworks().isEmpty()) {
        out.println("    refers to: " + names(declaration.getFrameworks(), frameworks));
      }
      if (!declaration.getAdopters().isEmpty()) {
        out.println("    adopted by: " + String.join(", ",
            declaration.getAdopters().stream().map(a -> roster.name(a, declaration.getAdopted())).toList()));
      }
    }

    out.println();
    out.println("Figures:");
    for (MigrationFigure figure : process.getFigures()) {
      out.println("  " + figure.getApproximation().name().toLowerCase(java.util.Locale.ROOT) + " "
          + grouped(figure.getValue()) + " " + figure.getMetric()
          + " (" + figure.getScope().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"
          + figure.getReferenceDate().map(d -> " as of " + d).orElse(""));
      for (String id : figure.getSources()) {
        Source source = sources.get(id);
        out.println("    source: " + (source == null ? id
            : source.getPublisher().map(p -> p + ", ").orElse("") + "\"" + source.getTitle() + "\""
                + source.getPublished().map(d -> ", " + d).orElse("")));
      }
    }

    ValidationReport report = RcpValidator.validate(document, locale);
    out.println();
    out.println("Validation: " + report.errors().size() + " errors, " + report.warnings().size() + " warnings, "
        + report.withSeverity(Severity.INFO).size() + " notes (see docs/ALMATY.md for why each is there)");
    for (Violation v : report.violations()) {
      out.println("  " + v.severity() + " " + v.code() + " " + v.path() + ": " + v.message());
    }

    Path svg = outDir.resolve(TIMELINE_FILE);
    TimelineCommand.write(TimelineSvg.asOf(LocalDate.now()).render(process), svg);
    out.println();
    out.println("Timeline written to " + svg.toAbsolutePath().normalize());
    return Rcp.OK;
  }

  /** 8,000,000 for ordinary figures; scientific notation for extreme exponents, never billions of digits. */
  private static String grouped(java.math.BigDecimal value) {
    return Math.abs((long) value.scale()) <= 40
        ? String.format(java.util.Locale.ROOT, "%,d", value.toBigInteger()) : value.toString();
  }

  private static PartialDate startOf(Chairmanship term) {
    return term.getPeriod().getStart().orElse(Inputs.today());
  }

  private static String names(List<String> ids, Map<String, Framework> frameworks) {
    return String.join(", ", ids.stream()
        .map(id -> frameworks.containsKey(id)
            ? frameworks.get(id).getAcronym().orElse(frameworks.get(id).getName())
                + frameworks.get(id).getAdopted().map(d -> " (" + d + ")").orElse("")
            : id)
        .toList());
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
