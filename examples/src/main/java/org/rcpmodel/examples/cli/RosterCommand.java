package org.rcpmodel.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp roster}: who holds which role and who chairs a process on a date. */
@Command(name = "roster", mixinStandardHelpOptions = true,
    description = {"Print who holds which role and who chairs a process on a date.",
        "Answers marked (maybe) are allowed but not proven by the records' partial dates."})
final class RosterCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = {"The document, - for standard input, or the id of a "
      + "bundled dataset (see rcp datasets). A file that exists wins over a dataset of the same name."})
  Path file;

  enum Format { text, json }

  @Option(names = "--process", paramLabel = "ID",
      description = "The id of the process (may be left out when the document has one process).")
  String processId;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--at", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "The date: YYYY, YYYY-MM or YYYY-MM-DD (default: the document's as-of date; today when it has none).")
  PartialDate at;

  @Override
  public Integer call() {
    Document document = Inputs.read(file, false).document();
    ConsultativeProcess process = Inputs.process(document, processId, file);
    // The records speak as of their own date: the machine's clock would ask them about a time they
    // cannot know, and answer "maybe" for everything.
    PartialDate date = at != null ? at : document.getAsOf().orElseGet(Inputs::today);
    java.io.PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      try (tools.jackson.core.JsonGenerator g = Inputs.JSON.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
        new Roster(document).write(process, date, g);
      }
      out.println();
    } else {
      new Roster(document).print(process, date, out);
    }
    return Rcp.OK;
  }
}
