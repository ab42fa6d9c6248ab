package org.rcpmodel.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.examples.timeline.TimelineSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp timeline}: draws a process's participations and chair terms as SVG. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Draw a process's participations and chair terms on a time axis as SVG.",
        "Hatched stretches show where a partial date may lie."})
final class TimelineCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document, or - for standard input.")
  Path file;

  @Option(names = "--process", paramLabel = "ID",
      description = "The id of the process (may be left out when the document has one process).")
  String processId;

  @Option(names = "--out", required = true, paramLabel = "FILE.svg",
      description = "Where to write the picture, or - for standard output.")
  Path out;

  @Override
  public Integer call() {
    OutputFile.check(out, List.of(file));
    Document document = Inputs.read(file, false).document();
    ConsultativeProcess process = Inputs.process(document, processId, file);
    String svg = TimelineSvg.asOf(LocalDate.now()).render(process);
    OutputFile.Outcome outcome = OutputFile.write(out, List.of(file), spec.commandLine().getOut(), w -> w.write(svg));
    if (outcome != OutputFile.Outcome.STANDARD_OUTPUT) {
      spec.commandLine().getOut().println(OutputFile.describe(outcome, out));
    }
    return Rcp.OK;
  }
}
