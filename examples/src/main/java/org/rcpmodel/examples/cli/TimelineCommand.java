package org.rcpmodel.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.examples.timeline.TimelineSvg;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp timeline}: draws a process's participations and chair terms as SVG. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    header = "Draw a process as a member timeline (SVG).",
    description = "Draw a process as a member timeline (SVG): milestones, a chair band, one row per participant by name in its role's colour, and a legend. Hatched stretches show where a partial date may lie, or what is not known (after the document's as-of date).")
final class TimelineCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = {"The document, - for standard input, or the id of a "
      + "bundled dataset (see rcp datasets). A file that exists wins over a dataset of the same name."})
  Path file;

  @Option(names = "--process", paramLabel = "ID",
      description = "The id of the process (may be left out when the document has one process).")
  String processId;

  @Option(names = "--out", required = true, paramLabel = "FILE.svg",
      description = "Where to write the picture, or - for standard output.")
  Path out;

  @Option(names = "--from", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "First date shown: YYYY, YYYY-MM or YYYY-MM-DD (default: the earliest date recorded).")
  PartialDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "Last date shown (default: the end of the year after the latest date recorded).")
  PartialDate to;

  @Override
  public Integer call() {
    OutputFile.check(out, List.of(file));
    Document document = Inputs.read(file, false).document();
    ConsultativeProcess process = Inputs.process(document, processId, file);
    TimelineSvg timeline = timeline(document, from, to);
    OutputFile.Outcome outcome = OutputFile.write(out, List.of(file), spec.commandLine().getOut(),
        w -> timeline.write(process, w));
    // Written through /dev/stdout or a FIFO, standard output may be the picture itself: the note goes
    // to standard error.
    if (outcome == OutputFile.Outcome.WRITTEN_THROUGH) {
      spec.commandLine().getErr().println("rcp timeline: " + OutputFile.describe(outcome, out));
    } else if (outcome != OutputFile.Outcome.STANDARD_OUTPUT) {
      spec.commandLine().getOut().println(OutputFile.describe(outcome, out));
    }
    return Rcp.OK;
  }

  /**
   * The renderer of a document's timeline between two optional dates, checked before anything is drawn.
   *
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} when {@code to} lies before {@code from}
   */
  static TimelineSvg timeline(Document document, PartialDate from, PartialDate to) {
    if (from != null && to != null && to.latestDay().isBefore(from.earliestDay())) {
      throw new CliException(Rcp.BAD_INPUT, "--to " + to + " lies before --from " + from);
    }
    return TimelineSvg.of(document).from(from).to(to);
  }
}
