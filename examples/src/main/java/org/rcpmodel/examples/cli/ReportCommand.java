package org.rcpmodel.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp report}: one self-contained HTML page about a document. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Write a self-contained HTML report about a document.",
    description = "Write one self-contained HTML page about a document: overview, timeline, roster on a date, participations, chair history, meetings, declarations, figures, sources as links, and the findings grouped by severity and linked to the records they point at. No scripts, no external resources; readable on a phone and printable.")
final class ReportCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = {"The document, - for standard input, or the id of a "
      + "bundled dataset (see rcp datasets). A file that exists wins over a dataset of the same name."})
  Path file;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "Where to write the page, or - for standard output.")
  Path out;

  @Option(names = "--at", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "The roster date: YYYY, YYYY-MM or YYYY-MM-DD (default: the document's as-of date).")
  PartialDate at;

  @Option(names = "--from", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "First date the timelines show (default: the earliest date recorded).")
  PartialDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "Last date the timelines show (default: the end of the year after the latest date recorded).")
  PartialDate to;

  @Option(names = "--lang", defaultValue = "en", description = "Language of validation messages: en or ru.")
  String lang;

  @Override
  public Integer call() {
    java.util.Locale locale = Inputs.locale(lang);
    OutputFile.check(out, List.of(file));
    Document document = Inputs.read(file, false).document();
    TimelineCommand.timeline(document, from, to);
    HtmlReport report = new HtmlReport(document, String.valueOf(file.getFileName()), at, locale, from, to);
    OutputFile.Outcome outcome = OutputFile.write(out, List.of(file), spec.commandLine().getOut(), report::write);
    // As timeline: through /dev/stdout or a FIFO the page may be standard output, so the note goes to standard error.
    if (outcome == OutputFile.Outcome.WRITTEN_THROUGH) {
      spec.commandLine().getErr().println("rcp report: " + OutputFile.describe(outcome, out));
    } else if (outcome != OutputFile.Outcome.STANDARD_OUTPUT) {
      spec.commandLine().getOut().println(OutputFile.describe(outcome, out));
    }
    return Rcp.OK;
  }
}
