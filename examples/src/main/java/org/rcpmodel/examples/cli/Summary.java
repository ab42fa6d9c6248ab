package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Participant;
import org.rcpmodel.Source;
import org.rcpmodel.examples.DocumentNames;
import org.rcpmodel.examples.Wording;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/**
 * The text summary {@code rcp show} and {@code rcp demo} print: for each process its overview, roster on
 * a date, chair history, meetings, declarations and figures in words, then the sources (each once,
 * numbered, cited by number) and the validation summary. Participants are named as of the document's
 * as-of date, so that a renamed State is one State under one name. Every printed line is
 * {@linkplain TerminalText terminal-safe}.
 */
final class Summary {

  private final Document document;
  private final DocumentNames names;
  private final Roster roster;
  /** The date names are given as of: the document's as-of date, else the latest date it records. */
  private final PartialDate nameDate;
  private final Map<String, Framework> frameworks = new HashMap<>();
  /** Source ids by citation number order: the document's sources first, then ids cited but not described. */
  private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
  private final Map<String, Source> sources = new HashMap<>();

  Summary(Document document) {
    this.document = document;
    this.names = DocumentNames.of(document);
    this.roster = new Roster(document);
    this.nameDate = document.getAsOf().orElseGet(() -> latest(document));
    for (Framework f : document.getFrameworks()) {
      frameworks.putIfAbsent(f.getId(), f);
    }
    for (Source s : document.getSources()) {
      if (sources.putIfAbsent(s.getId(), s) == null) {
        sourceNumbers.put(s.getId(), sourceNumbers.size() + 1);
      }
    }
  }

  /** The date {@code show} reports the roster on when none is asked: the document's own date. */
  PartialDate defaultDate() {
    return nameDate;
  }

  void print(List<ConsultativeProcess> processes, PartialDate at, Locale locale, PrintWriter out) {
    document.getTitle().ifPresent(t -> println(out, t));
    println(out, document.getAsOf().map(d -> "Records as of " + d + "; answers about later dates are at most (maybe).")
        .orElse("The document gives no as-of date; names and the roster date are those of its latest date, "
            + nameDate + "."));
    for (ConsultativeProcess process : processes) {
      out.println();
      process(process, at, out);
    }
    out.println();
    println(out, "Sources:");
    if (sourceNumbers.isEmpty()) {
      println(out, "  none recorded");
    }
    for (Map.Entry<String, Integer> entry : sourceNumbers.entrySet()) {
      Source s = sources.get(entry.getKey());
      println(out, "  [" + entry.getValue() + "] " + (s == null ? entry.getKey() + " (not described in the document)"
          : s.getPublisher().map(p -> p + ", ").orElse("") + "\"" + s.getTitle() + "\""
              + s.getPublished().map(d -> ", " + d).orElse("") + s.getUrl().map(u -> ", " + u).orElse("")));
    }
    ValidationReport report = RcpValidator.validate(document, locale);
    out.println();
    println(out, "Validation: " + report.errors().size() + " errors, " + report.warnings().size() + " warnings, "
        + report.withSeverity(Severity.INFO).size() + " notes");
    for (Severity severity : Severity.values()) {
      for (Violation v : report.withSeverity(severity)) {
        println(out, "  " + v.severity() + " " + v.code() + " " + v.path() + ": " + v.message());
      }
    }
  }

  private void process(ConsultativeProcess process, PartialDate at, PrintWriter out) {
    println(out, process.getName() + " (" + Wording.kind(process.getKind()) + ")"
        + process.getEstablished().map(d -> ", established " + d).orElse(""));
    process.getRegion().ifPresent(r -> println(out, "  region:   " + r));
    process.getPurpose().ifPresent(p -> println(out, "  purpose:  " + p));
    if (!process.getFrameworks().isEmpty()) {
      println(out, "  supports: " + frameworkNames(process.getFrameworks()));
    }
    out.println();
    roster.print(process, at, nameDate, out);

    out.println();
    println(out, "Chair history (" + process.getChairingRule().getTermMonths().map(m -> "terms of " + m + " months")
        .orElse("no declared term length") + "):");
    if (process.getChairs().isEmpty()) {
      println(out, "  none recorded");
    }
    for (Chairmanship term : process.getChairs()) {
      println(out, "  " + pad(term.getPeriod().toString(), 16) + " " + chairs(term)
          + term.getStatus().map(s -> "  [" + Wording.status(s) + "]").orElse("") + cite(term.getSources()));
    }

    out.println();
    println(out, "Meetings:");
    if (process.getMeetings().isEmpty()) {
      println(out, "  none recorded");
    }
    for (Meeting meeting : process.getMeetings()) {
      println(out, "  " + pad(meeting.getPeriod().toString(), 22) + " " + meetingName(meeting)
          + meeting.getCity().map(c -> ", " + c).orElse("")
          + meeting.getHost().map(h -> " (" + names.stateName(h, nameDate) + ")").orElse("")
          + (meeting.getLevel() == org.rcpmodel.MeetingLevel.OTHER ? "" : ", " + Wording.level(meeting.getLevel()))
          + cite(meeting.getSources()));
    }

    out.println();
    println(out, "Declarations:");
    if (process.getDeclarations().isEmpty()) {
      println(out, "  none recorded");
    }
    for (Declaration declaration : process.getDeclarations()) {
      println(out, "  " + declaration.getTitle() + ", adopted " + declaration.getAdopted()
          + declaration.getMeeting().map(m -> " at " + meetingName(process, m)).orElse("") + cite(declaration.getSources()));
      if (!declaration.getThemes().isEmpty()) {
        println(out, "    themes: " + String.join("; ", declaration.getThemes()));
      }
      if (!declaration.getFrameworks().isEmpty()) {
        println(out, "    refers to: " + frameworkNames(declaration.getFrameworks()));
      }
      if (!declaration.getAdopters().isEmpty()) {
        println(out, "    adopted by: " + String.join(", ",
            declaration.getAdopters().stream().map(a -> names.name(a, nameDate)).toList()));
      }
    }

    out.println();
    println(out, "Figures:");
    if (process.getFigures().isEmpty()) {
      println(out, "  none recorded");
    }
    for (MigrationFigure figure : process.getFigures()) {
      println(out, "  " + Wording.figure(figure) + cite(figure.getSources()));
    }
  }

  /** The chairs of a term as people write them: one name, or co-chairs joined, with a standing co-chair. */
  private String chairs(Chairmanship term) {
    List<String> chairNames = new ArrayList<>();
    for (Participant p : term.getChairs()) {
      chairNames.add(names.name(p, nameDate));
    }
    String joined = chairNames.size() == 1 ? chairNames.get(0)
        : String.join(", ", chairNames.subList(0, chairNames.size() - 1)) + " and " + chairNames.get(chairNames.size() - 1)
            + " (co-chairs)";
    return joined + term.getCoChair().map(c -> ", with " + names.name(c, nameDate) + " as standing co-chair").orElse("");
  }

  private static String meetingName(Meeting meeting) {
    return meeting.getName().orElse(meeting.getId());
  }

  private static String meetingName(ConsultativeProcess process, String meetingId) {
    return process.getMeetings().stream().filter(m -> m.getId().equals(meetingId)).findFirst()
        .map(Summary::meetingName).orElse(meetingId);
  }

  /** Source numbers as {@code  [1, 2]}; an id the document does not describe gets the next free number. */
  private String cite(List<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
    for (String id : ids) {
      numbers.add(sourceNumbers.computeIfAbsent(id, k -> sourceNumbers.size() + 1));
    }
    return "  [" + String.join(", ", numbers.stream().map(String::valueOf).toList()) + "]";
  }

  private String frameworkNames(List<String> ids) {
    return String.join(", ", ids.stream()
        .map(id -> frameworks.containsKey(id)
            ? frameworks.get(id).getAcronym().orElse(frameworks.get(id).getName())
                + frameworks.get(id).getAdopted().map(d -> " (" + d + ")").orElse("")
            : id)
        .toList());
  }

  private static PartialDate latest(Document document) {
    PartialDate latest = null;
    for (ConsultativeProcess p : document.getProcesses()) {
      List<PartialDate> dates = new ArrayList<>();
      p.getEstablished().ifPresent(dates::add);
      p.getParticipations().forEach(x -> {
        x.getAsOf().ifPresent(dates::add);
        x.getPeriod().ifPresent(per -> {
          per.getStart().ifPresent(dates::add);
          per.getEnd().ifPresent(dates::add);
        });
      });
      p.getChairs().forEach(c -> {
        c.getPeriod().getStart().ifPresent(dates::add);
        c.getPeriod().getEnd().ifPresent(dates::add);
      });
      p.getMeetings().forEach(m -> m.getPeriod().getStart().ifPresent(dates::add));
      p.getDeclarations().forEach(d -> dates.add(d.getAdopted()));
      for (PartialDate d : dates) {
        if (latest == null || d.latestDay().isAfter(latest.latestDay())) {
          latest = d;
        }
      }
    }
    return latest != null ? latest : PartialDate.ofYear(2000);
  }

  /** Every line goes through {@link TerminalText}: document text never acts on the user's terminal. */
  private static void println(PrintWriter out, String line) {
    out.println(TerminalText.safe(line));
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
