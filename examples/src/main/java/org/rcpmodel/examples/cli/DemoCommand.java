package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.examples.timeline.TimelineSvg;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rcp demo}: {@code rcp show} of the bundled Almaty Process dataset, and its timeline drawn. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Show the bundled Almaty Process and draw its timeline.",
    description = "Show the Almaty Process from the bundled dataset: participants, chairs, conferences, declarations, figures and their sources, the validation summary; draw its timeline.")
final class DemoCommand implements Callable<Integer> {

  static final String TIMELINE_FILE = "almaty-process-timeline.svg";

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out-dir", defaultValue = ".", paramLabel = "DIR",
      description = "Where to write " + TIMELINE_FILE + " (default: the current directory).")
  Path outDir;

  @Option(names = "--lang", defaultValue = "en", description = "Language of validation messages: en or ru.")
  String lang;

  @Option(names = "--at", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "The roster date: YYYY, YYYY-MM or YYYY-MM-DD (default: the dataset's as-of date).")
  PartialDate at;

  @Override
  public Integer call() {
    java.util.Locale locale = Inputs.locale(lang);
    OutputFile.checkDirectory(outDir);
    Path svg = outDir.resolve(TIMELINE_FILE);
    OutputFile.check(svg, List.of());
    PrintWriter out = spec.commandLine().getOut();
    Document document = Inputs.almaty();
    ShowCommand.show(document, document.getProcesses(), at, locale, out);

    ConsultativeProcess process = document.getProcesses().get(0);
    TimelineSvg timeline = TimelineSvg.of(document);
    OutputFile.Outcome outcome = OutputFile.write(svg, List.of(), out, w -> timeline.write(process, w));
    out.println();
    out.println(outcome == OutputFile.Outcome.WRITTEN_THROUGH ? "Timeline " + OutputFile.describe(outcome, svg)
        : "Timeline written to " + TerminalText.safe(svg.toAbsolutePath().normalize()));
    return Rcp.OK;
  }
}
